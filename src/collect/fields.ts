/** The fields the collector reads per sObject: exactly what the rules use, the same everywhere they are read. */
export const FIELDS = {
  Organization: ['Id', 'Name', 'OrganizationType', 'IsSandbox', 'InstanceName', 'TrialExpirationDate', 'NamespacePrefix', 'LanguageLocaleKey'],
  Profile: ['Id', 'Name', 'UserType', 'UserLicenseId'],
  PermissionSet: ['Id', 'Name', 'Label', 'IsOwnedByProfile', 'ProfileId', 'NamespacePrefix', 'Type', 'IsCustom', 'PermissionsModifyAllData', 'PermissionsViewAllData', 'PermissionSetGroupId', 'LicenseId'],
  PermissionSetGroup: ['Id', 'DeveloperName', 'MasterLabel', 'Status', 'NamespacePrefix'],
  PermissionSetAssignment: ['Id', 'AssigneeId', 'PermissionSetId', 'PermissionSetGroupId', 'ExpirationDate'],
  User: ['Id', 'Username', 'Name', 'IsActive', 'ProfileId', 'UserType'],
  ObjectPermissions: ['Id', 'ParentId', 'SobjectType', 'PermissionsRead', 'PermissionsCreate', 'PermissionsEdit', 'PermissionsDelete', 'PermissionsViewAllRecords', 'PermissionsModifyAllRecords'],
  FieldPermissions: ['Id', 'ParentId', 'SobjectType', 'Field', 'PermissionsRead', 'PermissionsEdit'],
  PermissionSetTabSetting: ['Id', 'ParentId', 'Name', 'Visibility'],
  SetupEntityAccess: ['Id', 'ParentId', 'SetupEntityId', 'SetupEntityType'],
  ConnectedApplication: ['Id', 'Name', 'OptionsAllowAdminApprovedUsersOnly'],
  PackageLicense: ['Id', 'NamespacePrefix', 'Status', 'AllowedLicenses', 'UsedLicenses', 'ExpirationDate'],
  UserPackageLicense: ['Id', 'UserId', 'PackageLicenseId'],
  ApexClass: ['Id', 'Name', 'NamespacePrefix'],
  ApexPage: ['Id', 'Name', 'NamespacePrefix'],
  InstalledSubscriberPackage: ['Id', 'SubscriberPackageId', 'SubscriberPackageVersionId'],
  SubscriberPackage: ['Id', 'Name', 'NamespacePrefix'],
  SubscriberPackageVersion: ['Id', 'Name', 'SubscriberPackageId', 'MajorVersion', 'MinorVersion', 'PatchVersion', 'BuildNumber'],
  RemoteProxy: ['Id', 'SiteName', 'EndpointUrl', 'IsActive', 'NamespacePrefix'],
} as const;

export type CollectedObject = keyof typeof FIELDS;

/** `Id, Name` or, through a relationship, `Parent.Id, Parent.Name`. */
export function selectList(object: CollectedObject, relationship?: string): string {
  return FIELDS[object].map((field) => (relationship ? `${relationship}.${field}` : field)).join(', ');
}
