import type { RollbackOutcome } from '../fix/types.js';
import type { Outcome } from '../outcome.js';

/**
 * `rollback JOURNAL --format json` (rollback.schema.json): the rollback's outcome and the org it ran on, never a
 * token. `declined`: the question was answered no and nothing was changed.
 */
export interface RollbackJson extends Omit<RollbackOutcome, 'status'> {
  format: 'juston-audit.rollback/v1';
  org: { id: string; name: string; instanceUrl: string };
  status: RollbackOutcome['status'] | 'declined';
  outcome: Outcome;
}

export const rollbackJson = (org: RollbackJson['org'], rollback: RollbackOutcome | null, journalPath: string): RollbackJson => ({
  format: 'juston-audit.rollback/v1',
  org,
  ...(rollback ?? {
    status: 'declined',
    journalPath,
    restored: [],
    alreadyUndone: [],
    conflicts: [],
    failed: [],
    apiCalls: { reads: 0, writes: 0 },
    message: 'Nothing changed.',
  }),
  outcome: rollbackOutcome(rollback),
});

/** failing when changes were left in place. */
export const rollbackOutcome = (rollback: RollbackOutcome | null): Outcome => (rollback?.status === 'partial' ? 'failing' : 'ok');
