import type { GeneratedOrgOptions } from '@juston-audit/salesforce-emulator';

/**
 * The sample org for a size: JustOn users (a few through a permission set group) among unrelated users,
 * and unrelated permission sets carrying Account object and field permissions (5 field rows each) that
 * the collector must not read. A 20,000-user org has 5,000 unrelated users, 4,000 unrelated permission
 * sets and 20,000 unrelated field-permission rows.
 */
export function orgProfile(justOnUsers: number): GeneratedOrgOptions {
  const groupUsers = Math.min(200, Math.floor(justOnUsers / 100));
  return {
    justOnUsers: justOnUsers - groupUsers,
    groupUsers,
    unrelatedUsers: Math.max(5, Math.round(justOnUsers / 4)),
    unrelatedPermissionSets: Math.max(20, Math.round(justOnUsers / 5)),
  };
}

/** The `--fix` org: the same noise, and this many licensed JustOn users without any Balance access. */
export function fixProfile(usersLackingAccess: number): GeneratedOrgOptions {
  return { ...orgProfile(usersLackingAccess), justOnUsers: usersLackingAccess, groupUsers: 0, usersLackingAccess };
}
