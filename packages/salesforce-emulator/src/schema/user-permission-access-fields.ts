/**
 * The Permissions* fields the emulated UserPermissionAccess exposes (OBJ
 * sforce_api_objects_userpermissionaccess.htm: one boolean per user permission, as on PermissionSet).
 * A real org has several hundred; these are the ones clients of this emulator read.
 */
export const USER_PERMISSION_ACCESS_FIELDS = [
  'PermissionsApiEnabled',
  'PermissionsViewSetup',
  'PermissionsModifyAllData',
  'PermissionsModifyMetadata',
  'PermissionsCustomizeApplication',
  'PermissionsManageUsers',
  'PermissionsAssignPermissionSets',
  'PermissionsManageProfilesPermissionsets',
] as const;
