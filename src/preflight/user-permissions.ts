/**
 * The user permissions the audit and its fixes depend on, as PermissionSet / UserPermissionAccess field
 * names (OBJ sforce_api_objects_permissionset.htm, sforce_api_objects_userpermissionaccess.htm). Only
 * fields those pages and captured describes list: "Manage Package Licenses" has no field (it exists only
 * in profile metadata), so licence assignment is read from UserPackageLicense's describe instead.
 */
const USER_PERMISSIONS = {
  PermissionsApiEnabled: 'API Enabled',
  PermissionsViewSetup: 'View Setup and Configuration',
  PermissionsModifyAllData: 'Modify All Data',
  PermissionsModifyMetadata: 'Modify Metadata Through Metadata API Functions',
  PermissionsCustomizeApplication: 'Customize Application',
  PermissionsManageUsers: 'Manage Users',
  PermissionsAssignPermissionSets: 'Assign Permission Sets',
  PermissionsManageProfilesPermissionsets: 'Manage Profiles and Permission Sets',
} as const;

export type UserPermission = keyof typeof USER_PERMISSIONS;

export const USER_PERMISSION_FIELDS = Object.keys(USER_PERMISSIONS) as UserPermission[];

/**
 * What the running user may do that no permission field says: `createable` of the describe of an
 * sObject reflects the running user's access (REST resources_sobject_describe.htm, DescribeSObjectResult).
 */
const CAPABILITIES = {
  CreateUserPackageLicense: 'Manage Package Licenses (create access to UserPackageLicense)',
} as const;

type Capability = keyof typeof CAPABILITIES;

/** A user permission or a capability; `held` maps these to true, false, or nothing when unknown. */
export type Grant = UserPermission | Capability;

export const GRANT_LABELS: Record<Grant, string> = { ...USER_PERMISSIONS, ...CAPABILITIES };
