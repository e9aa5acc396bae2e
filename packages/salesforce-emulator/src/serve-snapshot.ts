import type { Snapshot } from '@juston-audit/org-snapshot';
import { createOrgData } from './create-org-data.js';
import type { OrgData } from './org-data.js';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from './server.js';
import { strictOrgData, type StrictOrg } from './soql/strict-org.js';

export type { StrictOrg } from './soql/strict-org.js';

export type ServeSnapshotOptions = Omit<EmulatorOptions, 'orgData'> & {
  userId?: string;
  /** Play a stricter org: fields it lacks, objects it refuses in semi-joins, no child subqueries (README). */
  strict?: StrictOrg;
  /** Move every date and datetime by the whole days from the snapshot's capturedAt to this day (README, "Dates"). */
  shiftDatesTo?: Date;
};

export interface ServedSnapshot {
  emulator: RunningEmulator;
  /** The live org behind the server, for tests that inspect or change it directly. */
  orgData: OrgData;
}

/**
 * Serves a snapshot as a live org on 127.0.0.1 (a free port unless `port` is given); the caller closes it.
 * The snapshot object is not changed: writes go to the emulator's own copy.
 */
export async function serveSnapshot(snapshot: Snapshot, options: ServeSnapshotOptions = {}): Promise<ServedSnapshot> {
  const { userId, strict, shiftDatesTo, ...emulatorOptions } = options;
  const created = createOrgData(snapshot, { apiVersion: options.apiVersion, userId, shiftDatesTo });
  const orgData = strict ? strictOrgData(created, strict) : created;
  const emulator = await startEmulator({ ...emulatorOptions, orgData });
  return { emulator, orgData };
}
