import { access } from 'node:fs/promises';
import { JUSTON_AUDIT_COMMANDS } from '../command-names.js';
import { FixError } from '../errors.js';
import type { Snapshot } from '@juston-audit/org-snapshot';
import { findConflicts } from './conflicts.js';
import { FixApplyError } from './errors.js';
import { type Journal, type JournalChange, type JournalEvent, JOURNAL_FORMAT, journalPath, lastActions, saveJournal } from './journal.js';
import { OrgClient, type OrgClientOptions, type OrgConnection, sameId } from '../org/index.js';
import { readLive } from './live.js';
import { inWriteOrder } from './order.js';
import { outcomeOf } from './outcome.js';
import type { ApplyOutcome, ApplyProgress, FixPlan, PlannedChange } from './types.js';
import { undoChanges } from './undo.js';
import { settleLostRequest } from './unknown-outcome.js';
import { type OpResult, runWrites, type WriteOp } from './write-batches.js';

export interface ApplyOptions {
  /** The snapshot the plan was made from. */
  snapshot: Snapshot;
  /** The journal goes to `<journalDir>/.juston-audit/journal-<orgId>-<timestamp>.json`. */
  journalDir: string;
  /** The org the caller means to change; must be the plan's and the connection's. */
  orgId: string;
  now?: () => Date;
  onProgress?: (progress: ApplyProgress) => void;
  /** Deadline (--timeout) and retry settings of the calls to the org. */
  client?: OrgClientOptions;
  /** The command that undoes a run from its journal, named when undoing a failed run did not complete. */
  rollbackCommand?: string;
}

/** Settings whose unset value means a documented default: what a rollback writes back for "unset". */
const METADATA_DEFAULTS: Record<string, Record<string, unknown>> = { MobileSettings: { enableS1EncryptedStoragePref2: true } };

/**
 * Applies a plan: re-reads every target (one wave), stops changes whose target changed, writes the
 * journal, then writes in composite/collection batches (allOrNone), appending each outcome to the
 * journal. If a write fails, everything this run changed is undone and FixApplyError is thrown.
 */
export async function applyFixes(connection: OrgConnection, plan: FixPlan, options: ApplyOptions): Promise<ApplyOutcome> {
  const now = options.now ?? (() => new Date());
  const progress = (p: ApplyProgress) => options.onProgress?.(p);
  if (!sameId(plan.orgId, options.orgId))
    throw new FixError(`the plan is for org ${plan.orgId}, not ${options.orgId}; audit this org and plan again`);
  if (options.snapshot.capturedAt !== plan.auditedAt)
    throw new FixError(`the plan was made from the audit of ${plan.auditedAt}, not from this snapshot (${options.snapshot.capturedAt})`);
  const client = new OrgClient(connection, options.client);
  const calls = () => ({ reads: client.reads, writes: client.writes });
  if (plan.changes.length === 0)
    return {
      status: 'nothing',
      journalPath: null,
      changes: [],
      conflicts: [],
      apiCalls: calls(),
      message: 'Nothing to fix: the plan is empty.',
    };

  progress({ phase: 'reread', done: 0, total: plan.changes.length, message: 're-reading every target' });
  const live = await readLive(client, plan.changes);
  if (!sameId(live.orgId, plan.orgId))
    throw new FixError(`the connection is to org ${live.orgId ?? 'unknown'}, but the plan is for ${plan.orgId}; nothing was changed`);
  const { conflicts, skipped } = findConflicts(plan.changes, live);

  const path = await freshPath(options.journalDir, plan.orgId, now());
  const journal = newJournal(plan, connection.instanceUrl ?? null, now());
  const at = () => now().toISOString();
  for (const [changeId, detail] of conflicts) journal.events.push({ at: at(), changeId, phase: 'apply', action: 'conflict', detail });
  for (const [changeId, detail] of skipped) journal.events.push({ at: at(), changeId, phase: 'apply', action: 'skipped', detail });
  await saveJournal(path, journal);
  progress({ phase: 'journal', done: 0, total: plan.changes.length, message: `journal written: ${path}` });
  const record = async (events: JournalEvent[]) => {
    journal.events.push(...events);
    await saveJournal(path, journal);
  };

  const todo = plan.changes.filter((c) => !conflicts.has(c.id) && !skipped.has(c.id));
  const referenced = new Set(todo.flatMap((c) => c.dependsOn));
  const ops: WriteOp[] = inWriteOrder(todo)
    .filter((c) => c.operation !== 'metadata.update')
    .map((c) => ({
      key: c.id,
      kind: c.operation === 'sobject.create' ? 'create' : 'update',
      sobject: c.sobject,
      fields: c.after,
      ...(c.target.id && c.operation === 'sobject.update' ? { id: c.target.id } : {}),
      ...(referenced.has(c.id) ? { referenced: true } : {}),
    }));
  let done = 0;
  const { results: written, failed: recordsFailed } = await runWrites(client, ops, {
    stopOnFailure: true,
    allOrNone: true,
    onBatch: async (results) => {
      done += results.length;
      progress({ phase: 'write', done, total: todo.length, message: `${done} of ${todo.length} changes written` });
      await record(
        results.map((r) => ({
          at: at(),
          changeId: r.key,
          phase: 'apply',
          action: r.ok ? 'applied' : r.rolledBack ? 'skipped' : 'failed',
          ...(r.id ? { recordId: r.id } : {}),
          ...(r.ok ? {} : { detail: r.rolledBack ? `not written: its batch failed (${r.error})` : (r.error ?? 'failed') }),
        })),
      );
    },
  });
  const lost = written.filter((r) => r.unknown);
  const unknown = lost.length > 0 && !(await settleUnknown(client, todo, lost, journal, at, record));
  let failed = recordsFailed;
  for (const c of failed ? [] : todo.filter((x) => x.operation === 'metadata.update')) {
    try {
      const result = await client.updateMetadata(c.sobject, { fullName: c.target.name, ...c.after });
      await record([
        {
          at: at(),
          changeId: c.id,
          phase: 'apply',
          action: result.success ? 'applied' : 'failed',
          ...(result.error ? { detail: result.error } : {}),
        },
      ]);
      failed ||= !result.success;
    } catch (error) {
      failed = true;
      await record([{ at: at(), changeId: c.id, phase: 'apply', action: 'failed', detail: (error as Error).message }]);
    }
    if (failed) break;
  }
  if (failed) {
    const last = lastActions(journal);
    const failure = journal.events.find((e) => e.phase === 'apply' && e.action === 'failed' && last.get(e.changeId)?.action === 'failed');
    const reason = failure ? `${failure.changeId}: ${failure.detail}` : last.get(lost[0]?.key ?? '')?.detail;
    const rollbackCommand = options.rollbackCommand ?? JUSTON_AUDIT_COMMANDS.rollback;
    return undoRun(client, journal, path, record, progress, calls, { reason: reason ?? 'a write failed', unknown }, rollbackCommand);
  }
  journal.status = conflicts.size ? 'conflicts' : 'applied';
  await saveJournal(path, journal);
  const outcome = outcomeOf(journal, path, calls());
  return { ...outcome, status: conflicts.size ? 'conflicts' : 'applied' };
}

/**
 * Settles the changes of a write request that failed as a whole (journalled as failed, outcome unknown) by
 * a re-read: none of them in the org → not written; all of them → applied, with the records created, so that
 * undoing the run undoes them too. Returns whether it settled them.
 */
async function settleUnknown(
  client: OrgClient,
  todo: PlannedChange[],
  lost: OpResult[],
  journal: Journal,
  at: () => string,
  record: (e: JournalEvent[]) => Promise<void>,
): Promise<boolean> {
  const changes = todo.filter((c) => lost.some((r) => r.key === c.id));
  const created = new Map(journal.events.filter((e) => e.action === 'applied' && e.recordId).map((e) => [e.changeId, e.recordId!]));
  const seen = await settleLostRequest(client, changes, created);
  if (!seen) return false;
  const failure = lost[0].error?.replace(/^outcome unknown: /, '');
  await record(
    changes.map((c) =>
      seen.written
        ? {
            at: at(),
            changeId: c.id,
            phase: 'apply',
            action: 'applied',
            recordId: seen.recordIds.get(c.id),
            detail: `${failure}, but a re-read shows it written`,
          }
        : {
            at: at(),
            changeId: c.id,
            phase: 'apply',
            action: 'skipped',
            detail: `not written: ${failure}; a re-read shows none of it in the org`,
          },
    ),
  );
  return true;
}

async function undoRun(
  client: OrgClient,
  journal: Journal,
  path: string,
  record: (e: JournalEvent[]) => Promise<void>,
  progress: (p: ApplyProgress) => void,
  calls: () => ApplyOutcome['apiCalls'],
  failure: { reason: string; unknown: boolean },
  rollbackCommand: string,
): Promise<never> {
  const applied = journal.events.filter((e) => e.phase === 'apply' && e.action === 'applied');
  progress({
    phase: 'undo',
    done: 0,
    total: applied.length,
    message: `a write failed; undoing the ${applied.length} changes already made`,
  });
  const items = applied.map((e) => ({
    change: journal.changes.find((c) => c.id === e.changeId)!,
    ...(e.recordId ? { recordId: e.recordId } : {}),
  }));
  const { complete } = await undoChanges(client, items, 'undo-after-failure', record);
  journal.status = complete && !failure.unknown ? 'failed-rolled-back' : 'failed-rollback-incomplete';
  await saveJournal(path, journal);
  const outcome: ApplyOutcome = {
    ...outcomeOf(journal, path, calls()),
    status: 'rolled-back',
    rollbackComplete: complete && !failure.unknown,
  };
  const undone = complete ? `were rolled back` : `were not all rolled back; run '${rollbackCommand} ${path}'`;
  const message = failure.unknown
    ? `A write request failed and whether the org wrote it is unknown (${failure.reason}); the ${applied.length} changes this run made before it ${undone}. Audit the org again to see what it holds. Journal: ${path}`
    : complete
      ? `A write failed (${failure.reason}); the ${applied.length} changes this run made were rolled back. Journal: ${path}`
      : `A write failed (${failure.reason}) and undoing the run did not complete; run '${rollbackCommand} ${path}'. Journal: ${path}`;
  throw new FixApplyError(message, { ...outcome, message });
}

function newJournal(plan: FixPlan, instanceUrl: string | null, now: Date): Journal {
  const changes: JournalChange[] = plan.changes.map((c) => {
    const unset =
      c.operation === 'metadata.update' ? Object.keys(c.after).filter((k) => c.before?.[k] === null || c.before?.[k] === undefined) : [];
    const defaults = METADATA_DEFAULTS[c.sobject] ?? {};
    return unset.length && unset.every((k) => k in defaults)
      ? { ...c, undo: { ...c.before, ...Object.fromEntries(unset.map((k) => [k, defaults[k]])) } }
      : { ...c };
  });
  return {
    format: JOURNAL_FORMAT,
    orgId: plan.orgId,
    orgName: plan.orgName,
    isSandbox: plan.isSandbox,
    instanceUrl,
    createdAt: now.toISOString(),
    auditedAt: plan.auditedAt,
    fixType: plan.fixType,
    status: 'applying',
    changes,
    events: [],
  };
}

async function freshPath(dir: string, orgId: string, now: Date): Promise<string> {
  const base = journalPath(dir, orgId, now);
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : base.replace(/\.json$/, `-${n}.json`);
    try {
      await access(candidate);
    } catch {
      return candidate;
    }
  }
}
