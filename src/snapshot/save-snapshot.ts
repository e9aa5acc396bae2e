import { writeOwnerOnlyFile } from '../support/write-private-file.js';
import type { Snapshot } from '@juston-audit/org-snapshot';

/** Snapshots hold org data: written readable by the owner only. */
export async function saveSnapshot(path: string, snapshot: Snapshot): Promise<void> {
  await writeOwnerOnlyFile(path, `${JSON.stringify(snapshot, null, 2)}\n`);
}
