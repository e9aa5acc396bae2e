import { lastActions, type Journal } from './journal.js';
import type { ApplyOutcome, ChangeOutcome, ChangeStatus } from './types.js';

const STATUS: Record<string, ChangeStatus> = {
  applied: 'applied',
  conflict: 'conflict',
  failed: 'failed',
  skipped: 'skipped',
  undone: 'rolled-back',
  'already-undone': 'rolled-back',
  'undo-failed': 'applied',
};

/** Each change's outcome from the journal's events; the message counts them. */
export function outcomeOf(journal: Journal, path: string, apiCalls: ApplyOutcome['apiCalls']): Omit<ApplyOutcome, 'status'> {
  const last = lastActions(journal);
  const applied = new Map(journal.events.filter((e) => e.action === 'applied').map((e) => [e.changeId, e.recordId]));
  const changes: ChangeOutcome[] = journal.changes.map((c) => {
    const e = last.get(c.id);
    const recordId = applied.get(c.id) ?? c.target.id;
    return {
      changeId: c.id,
      status: e ? STATUS[e.action] : 'skipped',
      ...(recordId ? { recordId } : {}),
      ...(e?.detail ? { detail: e.detail } : {}),
    };
  });
  const conflicts = changes.filter((c) => c.status === 'conflict');
  const count = (s: ChangeStatus) => changes.filter((c) => c.status === s).length;
  const message =
    `${count('applied')} applied, ${conflicts.length} conflicts, ${count('skipped')} skipped, ${count('failed')} failed, ${count('rolled-back')} rolled back; ` +
    `${apiCalls.writes} write calls, ${apiCalls.reads} read calls. Journal: ${path}`;
  return { journalPath: path, changes, conflicts, apiCalls, message };
}
