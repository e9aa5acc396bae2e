import type { SObjectRecord, Snapshot } from '../../snapshot/snapshot.js';

/** The record fields the rules read, as the collector provides them (see samples/clean-org.json). */
export interface UserRow { Id: string; Username: string; Name: string; IsActive: boolean; ProfileId: string; UserType?: string }
export interface ProfileRow { Id: string; Name: string; UserType?: string }
export interface PermissionSetRow {
  Id: string; Name: string; Label: string; IsOwnedByProfile: boolean; ProfileId: string | null;
  NamespacePrefix: string | null; Type: string | null; IsCustom: boolean; PermissionsModifyAllData: boolean;
  PermissionsViewAllData?: boolean; PermissionSetGroupId?: string | null;
}
export interface PermissionSetGroupRow { Id: string; DeveloperName: string; MasterLabel: string; Status: string; NamespacePrefix: string | null }
export interface AssignmentRow { Id: string; AssigneeId: string; PermissionSetId: string; PermissionSetGroupId: string | null; ExpirationDate?: string | null }
export interface ObjectPermissionRow {
  Id: string; ParentId: string; SobjectType: string; PermissionsRead: boolean; PermissionsCreate: boolean;
  PermissionsEdit: boolean; PermissionsDelete: boolean; PermissionsViewAllRecords: boolean;
  PermissionsModifyAllRecords: boolean; PermissionsViewAllFields?: boolean;
}
export interface FieldPermissionRow { Id: string; ParentId: string; SobjectType: string; Field: string; PermissionsRead: boolean; PermissionsEdit: boolean }
export interface TabSettingRow { Id: string; ParentId: string; Name: string; Visibility: string }
export interface SetupEntityAccessRow { Id: string; ParentId: string; SetupEntityId: string; SetupEntityType: string }
export interface ConnectedAppRow { Id: string; Name: string; OptionsAllowAdminApprovedUsersOnly: boolean }
export interface PackageLicenseRow {
  Id: string; NamespacePrefix: string; Status: string; AllowedLicenses: number; UsedLicenses: number; ExpirationDate: string | null;
}
export interface UserPackageLicenseRow { Id: string; UserId: string; PackageLicenseId: string }
export interface OrganizationRow { Id: string; Name: string; OrganizationType: string; IsSandbox: boolean; TrialExpirationDate: string | null }
export interface RemoteProxyRow { Id: string; SiteName: string; EndpointUrl: string; IsActive: boolean; NamespacePrefix: string | null }

interface RecordTypes {
  User: UserRow; Profile: ProfileRow; PermissionSet: PermissionSetRow; PermissionSetGroup: PermissionSetGroupRow;
  PermissionSetAssignment: AssignmentRow; ObjectPermissions: ObjectPermissionRow; FieldPermissions: FieldPermissionRow;
  PermissionSetTabSetting: TabSettingRow; SetupEntityAccess: SetupEntityAccessRow; ConnectedApplication: ConnectedAppRow;
  PackageLicense: PackageLicenseRow; UserPackageLicense: UserPackageLicenseRow; Organization: OrganizationRow;
  ApexClass: { Id: string; Name: string; NamespacePrefix: string | null };
  ApexPage: { Id: string; Name: string; NamespacePrefix: string | null };
}

/** Typed view of `snapshot.records[name]`; an absent list reads as empty (rules `require` it first). */
export function records<K extends keyof RecordTypes>(snapshot: Snapshot, name: K): RecordTypes[K][] {
  return (snapshot.records[name] ?? []) as unknown as RecordTypes[K][];
}

export function toolingRecords(snapshot: Snapshot, name: string): SObjectRecord[] {
  return snapshot.tooling[name] ?? [];
}

export function indexById<T extends { Id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.Id, r]));
}
