import type { SObjectRecord, Snapshot } from '@juston-audit/org-snapshot';
import { ids, modify, permissionSetRow, withRecords, withTooling } from './snapshots.js';

/** The ONB2 package is not installed. */
export const packageAbsent = (base: Snapshot): Snapshot => withTooling(base, { InstalledSubscriberPackage: [] });

/** The collector could not read `key`. */
export const unreadable = (base: Snapshot, key: string, why = 'INSUFFICIENT_ACCESS: insufficient privileges'): Snapshot =>
  modify(base, (s) => {
    s.unreadable = { ...s.unreadable, [key]: why };
  });

/** `records.<name>` was not collected at all. */
export const notCollected = (base: Snapshot, name: string): Snapshot =>
  modify(base, (s) => {
    delete s.records[name];
  });

const GRANT_LISTS = ['ObjectPermissions', 'FieldPermissions', 'PermissionSetTabSetting', 'SetupEntityAccess'];

/** Copies every grant row of permission set `from` to permission set `to`. */
function copyGrants(s: Snapshot, from: string, to: string): void {
  for (const list of GRANT_LISTS) {
    const rows = s.records[list] ?? [];
    s.records[list] = [
      ...rows,
      ...rows.filter((r) => r.ParentId === from).map((r, i) => ({ ...r, Id: `${to.slice(0, 12)}G${i}`, ParentId: to })),
    ];
  }
}

const dropGrants = (s: Snapshot, ps: string) => {
  for (const list of GRANT_LISTS) s.records[list] = (s.records[list] ?? []).filter((r) => r.ParentId !== ps);
};

export const GROUP_ID = '0PG5g0000000001AAA';
const GROUP_PS = '0PS5g0000000030AAA';

/**
 * Balance access reaches the users through a permission set group: the group's aggregate permission set
 * (Type 'Group') holds the grants, and the assignments point at it with PermissionSetGroupId set.
 */
export function balanceViaGroup(base: Snapshot, status = 'Updated'): Snapshot {
  return modify(base, (s) => {
    copyGrants(s, ids.balancePs, GROUP_PS);
    dropGrants(s, ids.balancePs);
    s.records.PermissionSetGroup = [
      { Id: GROUP_ID, DeveloperName: 'JustOn_Billing', MasterLabel: 'JustOn Billing', Status: status, NamespacePrefix: null },
    ];
    s.records.PermissionSet.push(
      permissionSetRow(GROUP_PS, 'JustOn_Billing_Aggregate', { Label: 'JustOn Billing', Type: 'Group', PermissionSetGroupId: GROUP_ID }),
    );
    s.records.PermissionSetAssignment = s.records.PermissionSetAssignment.map((a): SObjectRecord =>
      a.PermissionSetId === ids.balancePs ? { ...a, PermissionSetId: GROUP_PS, PermissionSetGroupId: GROUP_ID } : a,
    );
  });
}

/** Balance access comes from the Standard User profile's own permission set instead of a permission set. */
export function balanceViaProfile(base: Snapshot): Snapshot {
  return modify(base, (s) => {
    copyGrants(s, ids.balancePs, ids.standardPs);
    dropGrants(s, ids.balancePs);
    s.records.PermissionSetAssignment = s.records.PermissionSetAssignment.filter((a) => a.PermissionSetId !== ids.balancePs);
  });
}

/** Removes the JustOn Balance Access assignment of one user. */
export const withoutBalancePs = (base: Snapshot, userId: string): Snapshot =>
  withRecords(base, {
    PermissionSetAssignment: (rows) => rows.filter((a) => !(a.AssigneeId === userId && a.PermissionSetId === ids.balancePs)),
  });

/** Makes an inactive user hold nothing but the ONB2 Read Only permission set (already the case for Olga). */
export const activate = (base: Snapshot, userId: string): Snapshot =>
  withRecords(base, {
    User: (rows) => rows.map((u) => (u.Id === userId ? { ...u, IsActive: true } : u)),
  });
