import type { Snapshot } from '@juston-audit/org-snapshot';
import { records } from '../rules/shared/sobjects.js';

/**
 * Id → a name for a permission set that is the same in both snapshots: `profile 'System Administrator'`
 * for a profile's own set, `permission set 'JustOn_Balance_Access'` otherwise. Ids differ between orgs and
 * recreated sets, names do not.
 */
export function grantNames(snapshot: Snapshot): Map<string, string> {
  const profiles = new Map(records(snapshot, 'Profile').map((p) => [p.Id, p.Name]));
  const groups = records(snapshot, 'PermissionSetGroup').map((g) => [g.Id, `permission set group '${g.DeveloperName}'`] as const);
  const sets = records(snapshot, 'PermissionSet').map((ps) => {
    const profile = ps.IsOwnedByProfile ? profiles.get(String(ps.ProfileId)) : undefined;
    return [ps.Id, ps.IsOwnedByProfile ? `profile '${profile ?? ps.Label}'` : `permission set '${ps.Name}'`] as const;
  });
  return new Map([...groups, ...sets]);
}

/** Id → username of every user. */
export const usernames = (snapshot: Snapshot): Map<string, string> => new Map(records(snapshot, 'User').map((u) => [u.Id, u.Username]));
