import { FixError } from '../errors.js';
import { valuesEqual } from './conflicts.js';
import { type Journal, type JournalEvent, loadJournal, saveJournal } from './journal.js';
import { idKey, OrgClient, type OrgClientOptions, type OrgConnection, sameId } from '../org/index.js';
import { type LiveState, readLive } from './live.js';
import type { ChangeOutcome, RollbackOutcome } from './types.js';
import { undoChanges, undoValues, type UndoItem } from './undo.js';

/** Changes applied and not undone since, with the record each created. */
function pendingChanges(journal: Journal): UndoItem[] {
  const state = new Map<string, { applied: boolean; recordId?: string }>();
  for (const e of journal.events) {
    if (e.action === 'applied') state.set(e.changeId, { applied: true, ...(e.recordId ? { recordId: e.recordId } : {}) });
    if (e.action === 'undone' || e.action === 'already-undone') state.set(e.changeId, { applied: false });
  }
  return journal.changes
    .filter((c) => state.get(c.id)?.applied)
    .map((c) => ({ change: c, ...(state.get(c.id)!.recordId ? { recordId: state.get(c.id)!.recordId } : {}) }));
}

/**
 * Restores the before-state of what a journal applied. Refuses a journal of another org; leaves alone
 * what someone changed since the fix (reported as a conflict); a second run finds nothing to do.
 */
export async function rollbackJournal(
  connection: OrgConnection,
  path: string,
  options: { orgId: string; now?: () => Date; client?: OrgClientOptions },
): Promise<RollbackOutcome> {
  const journal = await loadJournal(path);
  if (!sameId(journal.orgId, options.orgId))
    throw new FixError(`journal ${path} belongs to org ${journal.orgId}, not ${options.orgId}; refusing to roll it back here`);
  const client = new OrgClient(connection, options.client);
  const pending = pendingChanges(journal);
  const ids = new Map(pending.filter((p) => p.recordId).map((p) => [p.change.id, p.recordId!]));
  const live = await readLive(
    client,
    pending.map((p) => p.change),
    ids,
  );
  if (!sameId(live.orgId, journal.orgId))
    throw new FixError(
      `journal ${path} belongs to org ${journal.orgId}, but the connection is to ${live.orgId ?? 'an unknown org'}; refusing to roll it back`,
    );
  const calls = () => ({ reads: client.reads, writes: client.writes });
  if (pending.length === 0) {
    return {
      status: 'nothing-to-do',
      journalPath: path,
      restored: [],
      alreadyUndone: [],
      conflicts: [],
      failed: [],
      apiCalls: calls(),
      message: `Nothing to roll back: journal ${path} has no applied change left (already rolled back).`,
    };
  }
  const at = () => (options.now ?? (() => new Date()))().toISOString();
  const events: JournalEvent[] = [];
  const conflicts: ChangeOutcome[] = [];
  const toUndo: UndoItem[] = [];
  for (const item of pending) {
    const state = liveState(item, live, pending);
    if (state === 'gone') events.push({ at: at(), changeId: item.change.id, phase: 'rollback', action: 'already-undone' });
    else if (state === 'present') toUndo.push(item);
    else conflicts.push({ changeId: item.change.id, status: 'conflict', detail: state.conflict });
  }
  journal.events.push(...events);
  const record = async (e: JournalEvent[]) => {
    journal.events.push(...e);
    events.push(...e);
    await saveJournal(path, journal);
  };
  const { complete } = await undoChanges(client, toUndo, 'rollback', record);
  // What this run did to each change, in journal order; a delete that found its record gone is already undone, as in the journal.
  const latest = new Map(events.map((e) => [e.changeId, e]));
  const thisRun = pending.flatMap((p) => latest.get(p.change.id) ?? []);
  const withAction = (action: JournalEvent['action']) => thisRun.filter((e) => e.action === action);
  const restored = withAction('undone').map((e) => e.changeId);
  const alreadyUndone = withAction('already-undone').map((e) => e.changeId);
  const failed = withAction('undo-failed').map((e): ChangeOutcome => ({
    changeId: e.changeId,
    status: 'failed',
    detail: e.detail ?? 'failed',
  }));
  journal.status = conflicts.length || !complete ? 'rollback-partial' : 'rolled-back';
  await saveJournal(path, journal);
  return {
    status: journal.status === 'rolled-back' ? 'rolled-back' : 'partial',
    journalPath: path,
    restored,
    alreadyUndone,
    conflicts,
    failed,
    apiCalls: calls(),
    message: `${restored.length} changes restored, ${alreadyUndone.length} already undone, ${conflicts.length} conflicts, ${failed.length} failed; ${client.writes} write calls. Journal: ${path}`,
  };
}

type Live = 'present' | 'gone' | { conflict: string };

function liveState({ change, recordId }: UndoItem, live: LiveState, pending: UndoItem[]): Live {
  if (change.operation === 'metadata.update') {
    const now = live.metadata.get(`${change.sobject}/${change.target.name}`) ?? {};
    if (valuesEqual(now, change.after)) return 'present';
    if (valuesEqual(now, undoValues(change))) return 'gone';
    return { conflict: `${change.sobject} ${change.target.name} was changed again after the fix; left as it is` };
  }
  if (change.operation === 'sobject.update') {
    const row = (live.rows[change.sobject] ?? []).find((r) => sameId(r.Id, change.target.id));
    if (!row) return 'gone';
    if (valuesEqual(row, change.after)) return 'present';
    if (valuesEqual(row, undoValues(change))) return 'gone';
    return { conflict: `${change.sobject} ${change.target.id} was changed again after the fix; left as it is` };
  }
  if (change.sobject === 'PermissionSet') {
    if (!live.permissionSets.some((ps) => sameId(ps.Id, recordId))) return 'gone';
    const ours = new Set(
      pending
        .map((p) => p.recordId)
        .filter(Boolean)
        .map(idKey),
    );
    const foreign = (live.rows.PermissionSetAssignment ?? []).filter((a) => sameId(a.PermissionSetId, recordId) && !ours.has(idKey(a.Id)));
    return foreign.length
      ? { conflict: `permission set ${recordId} is now assigned to ${foreign.length} more users; not deleted` }
      : 'present';
  }
  return (live.rows[change.sobject] ?? []).some((r) => sameId(r.Id, recordId)) ? 'present' : 'gone';
}
