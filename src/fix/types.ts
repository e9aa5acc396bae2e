/**
 * Fixes are data: a plan lists every change with its before and after state; applying, verifying
 * and rolling back only interpret that data.
 */

/** What a change writes to. `id` is absent for records the fix creates. */
interface FixTarget {
  type: string;
  id?: string;
  name: string;
}

type FixOperation = 'metadata.update' | 'sobject.create' | 'sobject.update';

/**
 * One write. For `sobject.create`, `after` holds the new record's fields; a value `@{<changeId>.id}`
 * stands for the Id of the record another change of the same plan creates (the fix permission set).
 * For `sobject.update` and `metadata.update`, `before` holds the audited values of exactly the fields
 * in `after`.
 */
export interface PlannedChange {
  /** Stable within the plan: `c1`, `c2`, … (also the composite referenceId). */
  id: string;
  /** The rules this change repairs. */
  ruleIds: string[];
  /** Fingerprints of the findings this change (with the others of its rule) repairs. */
  fingerprints: string[];
  target: FixTarget;
  operation: FixOperation;
  /** sObject for record operations; the metadata type for metadata updates. */
  sobject: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  /** One line for humans, e.g. "assign JustOn_Balance_Access to anna@example.com". */
  summary: string;
  /** Ids of changes that must succeed first (their new Ids are referenced in `after`). */
  dependsOn: string[];
}

export interface ManualFix {
  ruleId: string;
  title: string;
  resource: string;
  /** Setup steps, in order; rendered numbered. */
  steps: string[];
  fingerprints: string[];
}

export interface Refusal {
  ruleId: string;
  reason: string;
  fingerprints: string[];
}

export interface FixPlan {
  format: 'juston-audit.fix-plan/v1';
  orgId: string;
  orgName: string | null;
  /** Organization.IsSandbox; null when unknown. A production org is named as such in the rendering. */
  isSandbox: boolean | null;
  namespace: string;
  fixType: 'safe' | 'review';
  /** The audit the plan was made from (its capturedAt). */
  auditedAt: string;
  changes: PlannedChange[];
  manual: ManualFix[];
  refusals: Refusal[];
  /** Rules whose findings the plan covers (changes, manual steps or refusals). */
  rules: string[];
}

export type ChangeStatus = 'applied' | 'conflict' | 'failed' | 'skipped' | 'rolled-back';

export interface ChangeOutcome {
  changeId: string;
  status: ChangeStatus;
  /** The record the change created or updated. */
  recordId?: string;
  /** Why it conflicted or failed. */
  detail?: string;
}

export interface ApplyOutcome {
  /**
   * applied: every change written; conflicts: some changes stopped, the rest written; rolled-back: a write
   * failed and the run's changes were undone; nothing: an empty plan.
   */
  status: 'applied' | 'conflicts' | 'rolled-back' | 'nothing';
  journalPath: string | null;
  changes: ChangeOutcome[];
  conflicts: ChangeOutcome[];
  /** API calls made: reads (the re-read wave), writes (composite, collections, metadata). */
  apiCalls: { reads: number; writes: number };
  /** When status is rolled-back: whether the undo itself completed. */
  rollbackComplete?: boolean;
  message: string;
}

export type VerifyStatus = 'verified' | 'not verified' | 'failed';

export interface VerifyOutcome {
  changes: Array<{ changeId: string; summary: string; status: VerifyStatus; remaining: string[] }>;
  verified: number;
  notVerified: number;
  failed: number;
}

export interface RollbackOutcome {
  status: 'rolled-back' | 'nothing-to-do' | 'partial';
  journalPath: string;
  restored: string[];
  /** Changes already undone (by an earlier rollback, by the failed run, or by someone else). */
  alreadyUndone: string[];
  /** Changes whose target changed since the fix: not touched. */
  conflicts: ChangeOutcome[];
  /** Changes whose restoring write failed: still in place, with the org's error. */
  failed: ChangeOutcome[];
  apiCalls: { reads: number; writes: number };
  message: string;
}

export interface ApplyProgress {
  phase: 'journal' | 'reread' | 'write' | 'undo';
  done: number;
  total: number;
  message: string;
}
