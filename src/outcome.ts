/**
 * How a command ended when it did not throw one of src/errors.ts. Only the CLI edge
 * (src/cli/exit-code.ts) turns an outcome or an error into an exit code.
 * - ok: nothing failing, nothing left undone
 * - failing: rules fail at or above --fail-on, or a rollback left changes in place
 * - incomplete: the audit could not see everything it needs (a run failed, a rule is inconclusive, doctor finds gaps)
 */
export type Outcome = 'ok' | 'failing' | 'incomplete';
