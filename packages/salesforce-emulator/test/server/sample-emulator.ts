import { readFileSync } from 'node:fs';
import { Connection } from 'jsforce';
import { createOrgData } from '../../src/create-org-data.js';
import type { OrgData } from '../../src/org-data.js';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/server.js';
import type { Snapshot } from '@juston-audit/org-snapshot';

export const API_VERSION = '60.0';

/** Facts of samples/clean-org.json the tests rely on. */
export const SAMPLE = {
  orgId: '00D5g0000000001AAA',
  admin: { id: '0055g0000000001AAA', username: 'admin@acme-billing.example' },
  anna: 'anna.billing@acme-billing.example',
  inactive: 'old.user@acme-billing.example',
  permissionSets: 5,
  fieldPermissions: 16,
};

const sample = JSON.parse(readFileSync(new URL('../../../../samples/clean-org.json', import.meta.url), 'utf8')) as Snapshot;

/** The clean sample org, optionally with `extraPermissionSets` more permission sets to force many pages. */
export function sampleOrg(extraPermissionSets = 0): OrgData {
  const snapshot = structuredClone(sample);
  for (let i = 0; i < extraPermissionSets; i++) {
    snapshot.records.PermissionSet!.push({
      Id: `0PS9${String(i).padStart(11, '0')}AAA`,
      Name: `Bulk_${i}`,
      Label: `Bulk ${i}`,
      IsOwnedByProfile: false,
      Type: 'Regular',
      NamespacePrefix: null,
    });
  }
  return createOrgData(snapshot, { apiVersion: API_VERSION });
}

const running: RunningEmulator[] = [];

/** Closes every emulator `emulator()` started; `test/setup.ts` runs it after each test. */
export async function closeStartedEmulators(): Promise<void> {
  await Promise.all(running.splice(0).map((e) => e.close()));
}

/** Starts an emulator on a random port over the sample org; closed after each test. */
export async function emulator(options: Partial<EmulatorOptions> = {}): Promise<RunningEmulator> {
  const started = await startEmulator({ orgData: sampleOrg(), ...options });
  running.push(started);
  return started;
}

/** A real jsforce Connection with the emulator's pre-issued access token. */
export function connect(emu: RunningEmulator): Connection {
  return new Connection({ instanceUrl: emu.instanceUrl, accessToken: emu.accessToken, version: API_VERSION });
}

export async function countRows(conn: Connection, sobject: string): Promise<number> {
  return (await conn.query(`SELECT Id FROM ${sobject}`)).totalSize;
}
