/**
 * The user permissions the audit and its fixes depend on, as PermissionSet / UserPermissionAccess field
 * names (OBJ sforce_api_objects_permissionset.htm). `ManagePackageLicenses` is [unverified] as a field name.
 */
export const USER_PERMISSIONS = {
  PermissionsApiEnabled: 'API Enabled',
  PermissionsViewSetup: 'View Setup and Configuration',
  PermissionsModifyAllData: 'Modify All Data',
  PermissionsModifyMetadata: 'Modify Metadata Through Metadata API Functions',
  PermissionsCustomizeApplication: 'Customize Application',
  PermissionsManageUsers: 'Manage Users',
  PermissionsAssignPermissionSets: 'Assign Permission Sets',
  PermissionsManageProfilesPermissionsets: 'Manage Profiles and Permission Sets',
  PermissionsManagePackageLicenses: 'Manage Package Licenses',
} as const;

export type UserPermission = keyof typeof USER_PERMISSIONS;

export const USER_PERMISSION_FIELDS = Object.keys(USER_PERMISSIONS) as UserPermission[];
