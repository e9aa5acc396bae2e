import type { Snapshot, SnapshotKey } from '@juston-audit/org-snapshot';
import type { ResourceRef, RuleContext } from '../types.js';
import { type Grant, perGrantList, userGrants } from './effective-access.js';
import { accessIndex } from './access-index.js';
import { records, type UserRow } from './sobjects.js';

/** Data every rule that looks at "the JustOn users" must require. */
export const JUSTON_USER_DATA: readonly SnapshotKey[] = [
  'records.User',
  'records.PermissionSetAssignment',
  'records.PermissionSet',
  'records.PermissionSetGroup',
  'records.PackageLicense',
  'records.UserPackageLicense',
];

export interface JustOnUser {
  user: UserRow;
  /** Every permission set the user holds (profile, permission sets, group aggregates). */
  grants: readonly Grant[];
  /** Why the user counts as a JustOn user, e.g. "holds the ONB2 licence" (shared by users with the same reasons). */
  why: readonly string[];
}

const resources = new WeakMap<UserRow, ResourceRef>();

/** The user as a finding's or evidence's resource; one object per user, shared by every rule (never changed). */
export function userResource(u: UserRow): ResourceRef {
  let resource = resources.get(u);
  if (!resource) resources.set(u, (resource = { type: 'User', id: u.Id, name: u.Username }));
  return resource;
}

/**
 * The JustOn users: ACTIVE users selected by `context.userSelection` (by default: holding a licence of
 * the package, or assigned any permission set / group of its namespace), sorted by username.
 */
export function justOnUsers(snapshot: Snapshot, context: RuleContext): JustOnUser[] {
  const sel = context.userSelection;
  if (sel.profiles.length > 0) context.require('records.Profile');
  // Every user-facing rule asks for the same list: work it out once per snapshot, selection and time.
  const key = JSON.stringify([context.namespace, sel, context.now.getTime(), snapshot.records.User?.length]);
  const sources = [snapshot.records.User, snapshot.records.PermissionSetGroupComponent, snapshot.records.PackageLicense];
  const hit = memo.get(snapshot);
  if (hit && hit.key === key && hit.sources.every((s, i) => s === sources[i]) && hit.index === accessIndex(snapshot)) return [...hit.users];
  const users = findJustOnUsers(snapshot, context);
  memo.set(snapshot, { key, sources, index: accessIndex(snapshot), users });
  return [...users];
}

const memo = new WeakMap<Snapshot, { key: string; sources: unknown[]; index: object; users: JustOnUser[] }>();

function findJustOnUsers(snapshot: Snapshot, context: RuleContext): JustOnUser[] {
  const sel = context.userSelection;
  const ns = context.namespace.toLowerCase();
  const licenceIds = new Set(
    records(snapshot, 'PackageLicense')
      .filter((l) => l.NamespacePrefix?.toLowerCase() === ns)
      .map((l) => l.Id),
  );
  const { sets, groups, profiles, licensedUsers } = accessIndex(snapshot);
  // Optional data: groups whose component permission sets belong to the namespace.
  const nsGroups = new Set(
    (snapshot.records.PermissionSetGroupComponent ?? [])
      .filter((c) => sets.get(String(c.PermissionSetId))?.NamespacePrefix?.toLowerCase() === ns)
      .map((c) => String(c.PermissionSetGroupId)),
  );
  // What the user's permission sets make of them, worked out once per grant list, and the reasons of
  // each combination of the user's own: listed (1), licensed (2), selected profile (4).
  const assigned = perGrantList((grants) => {
    const why: string[] = [];
    for (const g of grants) {
      const ps = sets.get(g.permissionSetId);
      const group = g.groupId ? groups.get(g.groupId) : undefined;
      const names = [ps?.Name, group?.DeveloperName].filter((n): n is string => !!n);
      const inNs = [ps?.NamespacePrefix, group?.NamespacePrefix].some((p) => p?.toLowerCase() === ns) || nsGroups.has(g.groupId ?? '');
      if (sel.byNamespacePermissionSets && inNs && g.via !== 'profile') why.push(`assigned ${context.namespace} ${g.via} '${g.label}'`);
      if (names.some((n) => sel.permissionSets.includes(n))) why.push(`assigned '${g.label}'`);
    }
    return { why, byOwn: new Map<number, readonly string[]>() };
  });
  const reasons = (grants: readonly Grant[], own: number): readonly string[] => {
    const { why: granted, byOwn } = assigned(grants);
    let why = byOwn.get(own);
    if (!why) {
      const all = [
        ...(own & 1 ? ['listed in the config'] : []),
        ...(own & 2 ? [`holds the ${context.namespace} licence`] : []),
        ...granted,
        ...(own & 4 ? ['has a selected profile'] : []),
      ];
      byOwn.set(own, (why = Object.freeze([...new Set(all)])));
    }
    return why;
  };
  const licensed = [...licenceIds].map((id) => licensedUsers.get(id)).filter((holders) => holders !== undefined);
  const out: JustOnUser[] = [];
  for (const user of records(snapshot, 'User')) {
    if (user.IsActive !== true || sel.exclude.includes(user.Username)) continue;
    const grants = userGrants(snapshot, user.Id, context.now);
    const own =
      (sel.include.includes(user.Username) ? 1 : 0) |
      (sel.byLicence && licensed.some((holders) => holders.has(user.Id)) ? 2 : 0) |
      (sel.profiles.includes(profiles.get(user.ProfileId)?.Name ?? '') ? 4 : 0);
    const why = reasons(grants, own);
    if (why.length > 0) out.push({ user, grants, why });
  }
  return out.sort((a, b) => a.user.Username.localeCompare(b.user.Username));
}
