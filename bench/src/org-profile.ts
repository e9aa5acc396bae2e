import type { Snapshot } from '@juston-audit/org-snapshot';
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

/** The scale scenario: a few JustOn users in a small org, and the same JustOn users in a large one. */
export interface ScaleOrg {
  justOnUsers: number;
  /** Users and permission sets of the large org in all, base org included. */
  users: number;
  permissionSets: number;
}

/** 50 JustOn users among `users` users and a tenth as many permission sets (200,000 and 20,000 by default). */
export const scaleOrg = (users: number): ScaleOrg => ({ justOnUsers: 50, users, permissionSets: Math.round(users / 10) });

/** Unrelated permission sets each unrelated user of the large org holds besides its profile's. */
const ASSIGNMENTS_PER_UNRELATED_USER = 2;

/**
 * The large org of the scale scenario: the small org's JustOn users (`orgProfile`), and as many unrelated
 * users and permission sets as make up `scale.users` and `scale.permissionSets`, every unrelated user holding
 * two of those permission sets: whatever the collector reads beyond the JustOn data grows with it.
 */
export function scaleProfile(base: Snapshot, scale: ScaleOrg): GeneratedOrgOptions {
  const small = orgProfile(scale.justOnUsers);
  const baseCount = (type: string) => base.records[type]?.length ?? 0;
  const groupSets = small.groupUsers ? 1 : 0;
  return {
    ...small,
    unrelatedUsers: scale.users - baseCount('User') - scale.justOnUsers,
    unrelatedPermissionSets: scale.permissionSets - baseCount('PermissionSet') - groupSets,
    unrelatedAssignmentsPerUser: ASSIGNMENTS_PER_UNRELATED_USER,
  };
}
