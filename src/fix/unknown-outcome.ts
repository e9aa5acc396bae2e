import { isCompositeRef, type OrgClient, resolveRefs } from '../org/index.js';
import { findConflicts } from './conflicts.js';
import { readLive } from './live.js';
import type { PlannedChange } from './types.js';

/**
 * After a write request that failed as a whole (no answer, a cut answer, an error page): whether a re-read
 * shows that the org wrote none of its changes. The fixer's requests are allOrNone, so the org wrote all of
 * them or none. Settled only when none of the changes the re-read can check looks written; a change that
 * does (also one someone else edited meanwhile) or a re-read that fails leaves the outcome unknown.
 * `ids`: the records earlier requests created, by change id, for the references among the changes.
 */
export async function confirmedUnwritten(client: OrgClient, changes: PlannedChange[], ids: ReadonlyMap<string, string>): Promise<boolean> {
  const checkable = changes
    .map((c) => ({
      ...c,
      after: Object.fromEntries(Object.entries(c.after).map(([k, v]) => [k, typeof v === 'string' ? resolveRefs(v, ids) : v])),
    }))
    .filter((c) => !Object.values(c.after).some(isCompositeRef));
  if (checkable.length === 0) return false;
  try {
    const live = await readLive(client, checkable);
    // a change "in conflict" is one whose target no longer looks as audited: here, as written
    return findConflicts(checkable, live).conflicts.size === 0;
  } catch {
    return false;
  }
}
