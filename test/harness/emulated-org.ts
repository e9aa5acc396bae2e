import { serveSnapshot, type ServeSnapshotOptions } from '@juston-audit/salesforce-emulator';
import { connectWithAccessToken } from '../../src/auth/connect.js';
import { OrgClient } from '../../src/org/index.js';
import { loadSnapshot } from '../../src/snapshot/load-snapshot.js';
import type { Snapshot } from '@juston-audit/org-snapshot';

export const API_VERSION = '62.0';

export type EmulatorOptions = ServeSnapshotOptions;

/**
 * Starts the emulator on a free loopback port serving a snapshot (or a snapshot file); the caller closes it.
 * The snapshot's dates move to today, as in the demo: the audit collects at the current time, and a sample's
 * "next run tomorrow" or "failed last week" must stay so (`shiftDatesTo: undefined` serves them unmoved).
 */
export async function serveOrg(org: Snapshot | string, options: EmulatorOptions = {}) {
  const snapshot = typeof org === 'string' ? await loadSnapshot(org) : org;
  const { emulator, orgData } = await serveSnapshot(snapshot, { apiVersion: API_VERSION, shiftDatesTo: new Date(), ...options });
  const connection = () =>
    connectWithAccessToken({ instanceUrl: emulator.instanceUrl, accessToken: emulator.accessToken, apiVersion: API_VERSION });
  return { emulator, orgData, connection, client: () => new OrgClient(connection()) };
}
