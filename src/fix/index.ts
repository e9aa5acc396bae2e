/** The fixer's programmatic API: plan (pure) → render → apply (journal first) → verify → roll back. */
export { planFixes, type PlanOptions } from './plan.js';
export { renderPlan } from './render.js';
export { applyFixes, type ApplyOptions } from './apply.js';
export { verifyFixes } from './verify.js';
export { rollbackJournal } from './rollback.js';
export { loadJournal, type Journal, type JournalEvent } from './journal.js';
export { FixApplyError } from './errors.js';
export type {
  ApplyOutcome, ApplyProgress, ChangeOutcome, ChangeStatus, FixPlan, FixTarget, ManualFix, PlannedChange,
  Refusal, RollbackOutcome, VerifyOutcome, VerifyStatus,
} from './types.js';
