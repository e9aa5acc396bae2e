/** The fixer's programmatic API: plan (pure) → render → apply (journal first) → verify → roll back. */
export { planFixes } from './plan.js';
export { renderPlan } from './render.js';
export { applyFixes } from './apply.js';
export { verifyFixes } from './verify.js';
export { rollbackJournal } from './rollback.js';
export { loadJournal } from './journal.js';
export { FixApplyError } from './errors.js';
export type { FixPlan } from './types.js';
