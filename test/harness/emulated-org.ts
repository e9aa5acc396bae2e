import { Connection } from 'jsforce';
import { OrgClient } from '../../src/org/index.js';
import { createOrgData } from '../../src/emulator/create-org-data.js';
import { startEmulator } from '../../src/emulator/server.js';
import { loadSnapshot } from '../../src/snapshot/load-snapshot.js';
import type { Snapshot } from '../../src/snapshot/snapshot.js';

export const API_VERSION = '62.0';

export type EmulatorOptions = Omit<Parameters<typeof startEmulator>[0], 'orgData'>;

/** Starts the emulator on a free loopback port serving a snapshot; the caller closes it. */
export async function serveOrg(org: Snapshot | string, options: EmulatorOptions = {}) {
  const snapshot = typeof org === 'string' ? await loadSnapshot(org) : structuredClone(org);
  const orgData = createOrgData(snapshot, { apiVersion: API_VERSION });
  const emulator = await startEmulator({ port: 0, apiVersion: API_VERSION, ...options, orgData });
  const connection = () => new Connection({ instanceUrl: emulator.instanceUrl, accessToken: emulator.accessToken, version: API_VERSION });
  return { emulator, orgData, connection, client: () => new OrgClient(connection()) };
}
