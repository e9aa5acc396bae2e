import type { OrgClient } from '../org/index.js';
import type { JournalChange, JournalEvent } from './journal.js';
import { runWrites, type WriteOp } from './write-batches.js';

export interface UndoItem {
  change: JournalChange;
  /** The record the change created (creates only). */
  recordId?: string;
}

/** What a rollback writes back into a setting or row: `undo` when the journal has one, else the before-state. */
export const undoValues = (c: JournalChange): Record<string, unknown> => c.undo ?? c.before ?? {};

/**
 * Undoes applied changes, last applied first: deletes created records (children and assignments before
 * their permission set), writes back updated values, restores settings. Batched like the writes; each
 * record stands alone (allOrNone false) so one failure does not keep the rest in place.
 */
export async function undoChanges(
  client: OrgClient,
  items: UndoItem[],
  phase: JournalEvent['phase'],
  record: (events: JournalEvent[]) => Promise<void>,
): Promise<{ complete: boolean }> {
  const at = () => new Date().toISOString();
  const ops: WriteOp[] = [];
  for (const { change, recordId } of [...items].reverse()) {
    if (change.operation === 'sobject.create' && recordId)
      ops.push({ key: change.id, kind: 'delete', sobject: change.sobject, id: recordId, fields: {} });
    if (change.operation === 'sobject.update')
      ops.push({ key: change.id, kind: 'update', sobject: change.sobject, id: change.target.id!, fields: undoValues(change) });
  }
  let complete = true;
  if (ops.length) {
    const { failed } = await runWrites(client, ops, {
      stopOnFailure: false,
      allOrNone: false,
      onBatch: (results) =>
        record(
          results.map((r) => ({
            at: at(),
            changeId: r.key,
            phase,
            action: r.ok ? 'undone' : r.alreadyGone ? 'already-undone' : 'undo-failed',
            ...(r.ok || r.alreadyGone ? {} : { detail: r.error ?? 'failed' }),
          })),
        ),
    });
    if (failed) complete = false;
  }
  for (const { change } of items.filter((i) => i.change.operation === 'metadata.update')) {
    try {
      const result = await client.updateMetadata(change.sobject, { fullName: change.target.name, ...undoValues(change) });
      await record([
        {
          at: at(),
          changeId: change.id,
          phase,
          action: result.success ? 'undone' : 'undo-failed',
          ...(result.error ? { detail: result.error } : {}),
        },
      ]);
      if (!result.success) complete = false;
    } catch (error) {
      complete = false;
      await record([{ at: at(), changeId: change.id, phase, action: 'undo-failed', detail: (error as Error).message }]);
    }
  }
  return { complete };
}
