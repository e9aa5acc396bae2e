import type { SObjectRecord, Snapshot } from '@juston-audit/org-snapshot';

export interface GeneratedOrgOptions {
  /** Active JustOn users added to the base org (licensed, holding the ONB2 Read/Write permission set). */
  justOnUsers: number;
  /** Of those, how many get no Balance access permission set. */
  usersLackingAccess?: number;
  /** Unrelated permission sets, each with object and field permissions on Account: the collector must not read them. */
  unrelatedPermissionSets?: number;
  /** Active users without anything JustOn. */
  unrelatedUsers?: number;
  /** Unrelated permission sets assigned to each unrelated user, in turn: the collector must not read them either. */
  unrelatedAssignmentsPerUser?: number;
  /** JustOn users added through a permission set group whose aggregate grants Balance access. */
  groupUsers?: number;
}

/** An 18-character Id: key prefix, a marker, a counter. Unique per prefix and counter. */
function makeId(prefix: string, n: number): string {
  return `${prefix}9z${String(n).padStart(10, '0')}AAA`;
}

const byName = (records: SObjectRecord[] | undefined, field: string, value: unknown) => records?.find((record) => record[field] === value);

/**
 * A larger org made from a clean base snapshot plus generated users, assignments and licences, with
 * realistic noise (unrelated permission sets and users) that an economical collector must not fetch.
 */
export function generateOrg(base: Snapshot, options: GeneratedOrgOptions): Snapshot {
  const org: Snapshot = structuredClone(base);
  const r = org.records;
  const profile = byName(r.Profile, 'Name', 'Standard User')!;
  const profilePs = byName(r.PermissionSet, 'ProfileId', profile.Id)!;
  const readWrite = byName(r.PermissionSet, 'Name', 'JustOn_Read_Write')!;
  const balance = byName(r.PermissionSet, 'Name', 'JustOn_Balance_Access')!;
  const license = r.PackageLicense[0];
  let counter = 0;
  const next = (prefix: string) => makeId(prefix, ++counter);
  const push = (type: string, record: SObjectRecord) => (r[type] ??= []).push(record);
  const assign = (AssigneeId: string, PermissionSetId: string, PermissionSetGroupId: string | null = null) =>
    push('PermissionSetAssignment', { Id: next('0Pa'), AssigneeId, PermissionSetId, PermissionSetGroupId, ExpirationDate: null });
  const addUser = (label: string) => {
    const Id = next('005');
    push('User', {
      Id,
      Username: `${label}.${counter}@acme-billing.example`,
      Name: `${label} ${counter}`,
      IsActive: true,
      ProfileId: profile.Id,
      UserType: 'Standard',
    });
    assign(Id, profilePs.Id!);
    return Id;
  };

  const lacking = options.usersLackingAccess ?? 0;
  for (let i = 0; i < options.justOnUsers; i += 1) {
    const userId = addUser('billing');
    assign(userId, readWrite.Id!);
    if (i >= lacking) assign(userId, balance.Id!);
    push('UserPackageLicense', { Id: next('051'), UserId: userId, PackageLicenseId: license.Id });
  }
  if (options.groupUsers)
    addGroupUsers(org, options.groupUsers, {
      next,
      push,
      assign,
      addUser,
      readWrite: readWrite.Id!,
      balance: balance.Id!,
      license: license.Id!,
    });
  const unrelatedUsers = Array.from({ length: options.unrelatedUsers ?? 0 }, () => addUser('sales'));
  const unrelatedSets: string[] = [];
  for (let i = 0; i < (options.unrelatedPermissionSets ?? 0); i += 1) {
    const Id = next('0PS');
    unrelatedSets.push(Id);
    push('PermissionSet', {
      Id,
      Name: `Sales_Ops_${counter}`,
      Label: `Sales Ops ${counter}`,
      IsOwnedByProfile: false,
      ProfileId: null,
      NamespacePrefix: null,
      Type: 'Regular',
      IsCustom: true,
      PermissionsModifyAllData: false,
      PermissionsViewAllData: false,
      PermissionSetGroupId: null,
      LicenseId: null,
    });
    push('ObjectPermissions', {
      Id: next('110'),
      ParentId: Id,
      SobjectType: 'Account',
      PermissionsRead: true,
      PermissionsCreate: true,
      PermissionsEdit: true,
      PermissionsDelete: false,
      PermissionsViewAllRecords: false,
      PermissionsModifyAllRecords: false,
    });
    for (const field of ['Name', 'Industry', 'Phone', 'Website', 'Rating']) {
      push('FieldPermissions', {
        Id: next('01k'),
        ParentId: Id,
        SobjectType: 'Account',
        Field: `Account.${field}`,
        PermissionsRead: true,
        PermissionsEdit: true,
      });
    }
  }
  const perUser = unrelatedSets.length ? (options.unrelatedAssignmentsPerUser ?? 0) : 0;
  let turn = 0;
  for (const userId of unrelatedUsers) for (let k = 0; k < perUser; k += 1) assign(userId, unrelatedSets[turn++ % unrelatedSets.length]);
  const licensed = r.UserPackageLicense.filter((row) => row.PackageLicenseId === license.Id).length;
  Object.assign(license, { AllowedLicenses: licensed + 10, UsedLicenses: licensed });
  return org;
}

interface Builders {
  next: (prefix: string) => string;
  push: (type: string, record: SObjectRecord) => void;
  assign: (assignee: string, permissionSet: string, group?: string | null) => void;
  addUser: (label: string) => string;
  readWrite: string;
  balance: string;
  license: string;
}

/** A permission set group bundling Read/Write and Balance access, reached through its aggregate permission set. */
function addGroupUsers(org: Snapshot, count: number, b: Builders): void {
  const groupId = b.next('0PG');
  const aggregateId = b.next('0PS');
  b.push('PermissionSetGroup', {
    Id: groupId,
    DeveloperName: 'JustOn_Billing_Team',
    MasterLabel: 'JustOn Billing Team',
    Status: 'Updated',
    NamespacePrefix: null,
  });
  b.push('PermissionSet', {
    Id: aggregateId,
    Name: 'JustOn_Billing_Team_Aggregate',
    Label: 'JustOn Billing Team',
    IsOwnedByProfile: false,
    ProfileId: null,
    NamespacePrefix: null,
    Type: 'Group',
    IsCustom: true,
    PermissionsModifyAllData: false,
    PermissionsViewAllData: false,
    PermissionSetGroupId: groupId,
    LicenseId: null,
  });
  for (const row of org.records.ObjectPermissions.filter((p) => p.ParentId === b.balance))
    b.push('ObjectPermissions', { ...row, Id: b.next('110'), ParentId: aggregateId });
  for (const row of org.records.FieldPermissions.filter((p) => p.ParentId === b.balance))
    b.push('FieldPermissions', { ...row, Id: b.next('01k'), ParentId: aggregateId });
  for (const row of org.records.PermissionSetTabSetting.filter((p) => p.ParentId === b.balance))
    b.push('PermissionSetTabSetting', { ...row, Id: b.next('0Ps'), ParentId: aggregateId });
  for (const row of org.records.SetupEntityAccess.filter((p) => p.ParentId === b.balance))
    b.push('SetupEntityAccess', { ...row, Id: b.next('0J0'), ParentId: aggregateId });
  for (let i = 0; i < count; i += 1) {
    const userId = b.addUser('team');
    b.assign(userId, b.readWrite);
    b.assign(userId, aggregateId, groupId);
    b.push('UserPackageLicense', { Id: b.next('051'), UserId: userId, PackageLicenseId: b.license });
  }
}
