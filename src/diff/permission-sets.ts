import type { Snapshot } from '@juston-audit/org-snapshot';
import { records } from '../rules/shared/sobjects.js';
import { byUsername, grantNames } from './grant-names.js';
import { setChanges } from './keyed-changes.js';
import type { DiffSection } from './types.js';

/** Permission sets and groups by name; the sets profiles own come and go with the profiles, so they are left out. */
function permissionSets(snapshot: Snapshot): string[] {
  const names = grantNames(snapshot);
  const sets = records(snapshot, 'PermissionSet').filter((ps) => !ps.IsOwnedByProfile && !ps.PermissionSetGroupId);
  const groups = records(snapshot, 'PermissionSetGroup');
  return [...sets, ...groups].map((row) => names.get(row.Id) ?? row.Id);
}

/** "userId|← permission set 'X'" for every assignment of a permission set or group (not of a profile's own set). */
function assignments(snapshot: Snapshot): string[] {
  const names = grantNames(snapshot);
  return records(snapshot, 'PermissionSetAssignment')
    .map((a) => {
      const grant = a.PermissionSetGroupId ?? a.PermissionSetId;
      return { userId: a.AssigneeId, grant: names.get(grant) ?? grant };
    })
    .filter((a) => !a.grant.startsWith('profile '))
    .map((a) => `${a.userId}|← ${a.grant}`);
}

export const permissionSetSection = (before: Snapshot, after: Snapshot): DiffSection => ({
  id: 'permission-sets',
  title: 'Permission sets and groups',
  changes: setChanges(permissionSets(before), permissionSets(after)),
});

export const assignmentSection = (before: Snapshot, after: Snapshot): DiffSection => ({
  id: 'assignments',
  title: 'Permission set assignments',
  changes: setChanges(assignments(before), assignments(after), byUsername(after, before)),
});
