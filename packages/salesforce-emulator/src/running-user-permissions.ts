import { USER_PERMISSION_ACCESS_FIELDS } from './schema/user-permission-access-fields.js';
import type { SObjectRecord, Snapshot } from '@juston-audit/org-snapshot';

/**
 * The UserPermissionAccess row of the user the emulator runs as, when the snapshot does not carry one:
 * the union of the Permissions* flags over the user's assigned permission sets (profile included).
 * Modify All Data implies the rest, as it does in Setup. The running user is `userId`, else the first
 * active user holding Modify All Data (the emulator logs in as a System Administrator), else the first active user.
 */
export function runningUserPermissions(snapshot: Snapshot, userId?: string): SObjectRecord {
  const users = (snapshot.records.User ?? []).filter((user) => user.IsActive !== false);
  const sets = new Map((snapshot.records.PermissionSet ?? []).map((ps) => [ps.Id, ps]));
  const assigned = (id: unknown) =>
    (snapshot.records.PermissionSetAssignment ?? [])
      .filter((a) => a.AssigneeId === id)
      .map((a) => sets.get(a.PermissionSetId as string))
      .filter((ps) => ps !== undefined);
  const user =
    users.find((u) => u.Id === userId) ?? users.find((u) => assigned(u.Id).some((ps) => ps.PermissionsModifyAllData === true)) ?? users[0];
  const grants = user ? assigned(user.Id) : [];
  const all = grants.some((ps) => ps.PermissionsModifyAllData === true);
  const row: SObjectRecord = { Id: '0up000000000001AAA', LastCacheUpdate: snapshot.capturedAt };
  for (const field of USER_PERMISSION_ACCESS_FIELDS) row[field] = all || grants.some((ps) => ps[field] === true);
  return row;
}
