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

/**
 * `userId|rest` → `username rest`, with usernames from either snapshot: Ids are stable within an org, and
 * the collector reads only active users, so a user deactivated since is named from the other side.
 */
export function byUsername(...snapshots: Snapshot[]): (key: string) => string {
  const names = new Map(snapshots.flatMap((s) => records(s, 'User').map((u) => [u.Id, u.Username] as const)));
  return (key) => {
    const bar = key.indexOf('|');
    const userId = bar < 0 ? key : key.slice(0, bar);
    return `${names.get(userId) ?? `user ${userId}`}${bar < 0 ? '' : ` ${key.slice(bar + 1)}`}`;
  };
}
