import { idKey } from '../org/index.js';
import { records, type PermissionSetRow } from '../rules/shared/sobjects.js';
import type { Snapshot } from '@juston-audit/org-snapshot';
import type { RequiredAccess } from './required-access.js';

const BASE_OBJECT_PERMS = ['Read', 'Create', 'Edit'];

/**
 * Whether an existing permission set may serve as the fix permission set: unmanaged, a plain permission
 * set (not a profile's or a group's), without a licence, without system-wide data access, and granting
 * nothing (as far as the audit read it) beyond the JustOn purpose: Balance (Read/Create/Edit) and its
 * fields and tab, Task.Type, the connected app, and whatever the findings require. Assigning it then
 * gives no user more than the rules require.
 */
export function suitability(
  snapshot: Snapshot,
  ps: PermissionSetRow,
  need: RequiredAccess,
  namespace: string,
): { suitable: boolean; reason: string } {
  const no = (reason: string) => ({ suitable: false, reason });
  if ((ps.NamespacePrefix ?? null) !== null) return no('it is managed');
  if (ps.IsOwnedByProfile || (ps.Type && ps.Type !== 'Regular')) return no(`it is a ${ps.Type ?? 'profile'} permission set`);
  const licence = ps.LicenseId;
  if (licence) return no(`it carries licence ${licence}, which not every user may hold`);
  if (ps.PermissionsModifyAllData || ps.PermissionsViewAllData) return no('it grants View/Modify All Data');
  const balance = `${namespace}__Balance__c`.toLowerCase();
  const mine = <T extends { ParentId: string }>(rows: T[]) => rows.filter((r) => r.ParentId === ps.Id);
  for (const row of mine(records(snapshot, 'ObjectPermissions'))) {
    const values: Record<string, unknown> = row;
    const key = row.SobjectType.toLowerCase();
    const needed = need.objects.get(key)?.perms;
    if (key !== balance && !needed) return no(`it grants access to ${row.SobjectType}`);
    const allowed = new Set<string>(['Read', ...(key === balance ? BASE_OBJECT_PERMS : []), ...(needed ?? [])]);
    const extra = ['Create', 'Edit', 'Delete', 'ViewAllRecords', 'ModifyAllRecords', 'ViewAllFields'].filter(
      (p) => values[`Permissions${p}`] === true && !allowed.has(p),
    );
    if (extra.length > 0) return no(`it grants ${extra.join(', ')} on ${row.SobjectType}`);
  }
  for (const row of mine(records(snapshot, 'FieldPermissions'))) {
    const object = row.SobjectType.toLowerCase();
    const ok =
      object === balance || row.Field.toLowerCase() === 'task.type' || need.fields.has(row.Field.toLowerCase()) || need.objects.has(object);
    if (!ok) return no(`it grants field access to ${row.Field}`);
  }
  for (const row of mine(records(snapshot, 'PermissionSetTabSetting'))) {
    if (row.Name.toLowerCase() !== balance && !need.tabs.has(row.Name.toLowerCase())) return no(`it shows the tab ${row.Name}`);
  }
  const apps = new Set(
    [...records(snapshot, 'ConnectedApplication'), ...records(snapshot, 'ExternalClientApplication')].map((a) => idKey(a.Id)),
  );
  for (const row of mine(records(snapshot, 'SetupEntityAccess'))) {
    const key = idKey(row.SetupEntityId);
    if (!apps.has(key) && !need.entities.has(key)) return no(`it grants access to ${row.SetupEntityType} ${row.SetupEntityId}`);
  }
  return { suitable: true, reason: 'unmanaged, unlicensed, and limited to JustOn access' };
}
