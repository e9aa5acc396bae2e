import { FixError, InputError, UsageError } from '../errors.js';
import type { Outcome } from '../outcome.js';

const OUTCOME_EXIT_CODE: Record<Outcome, 0 | 1 | 3> = { ok: 0, failing: 1, incomplete: 3 };

/** Exit code of a command that returned: 0 ok, 1 failing, 3 incomplete. */
export const exitCodeFor = (outcome: Outcome): 0 | 1 | 3 => OUTCOME_EXIT_CODE[outcome];

/**
 * Exit code of a command that threw: 2 for bad flags or input files, 1 for a fix that failed (and was
 * rolled back), 3 for everything else (login refused, org unreachable, an internal error): the audit
 * could not complete.
 */
export function exitCodeForError(error: unknown): 1 | 2 | 3 {
  if (error instanceof UsageError || error instanceof InputError) return 2;
  if (error instanceof FixError) return 1;
  return 3;
}
