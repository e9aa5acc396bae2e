import { defineObject } from '../define-object.js';
import { permissionSetSource } from '../sources/permission-set.js';

/** User permissions the audit reads; a real org has several hundred more. */
const USER_PERMISSIONS = [
  'PermissionsModifyAllData',
  'PermissionsViewAllData',
  'PermissionsViewSetup',
  'PermissionsManageUsers',
  'PermissionsCustomizeApplication',
  'PermissionsApiEnabled',
  'PermissionsEditTask',
  'PermissionsAuthorApex',
  'PermissionsManageProfilesPermissionsets',
  'PermissionsAssignPermissionSets',
];

/**
 * Child relationship names are the captured describe's. It names none for PermissionSetTabSetting, so
 * tab settings are no subquery of PermissionSet.
 */
export const permissionSet = defineObject({
  name: 'PermissionSet',
  source: permissionSetSource,
  keyPrefix: '0PS',
  apis: ['data', 'tooling'],
  calls: ['create', 'update', 'delete'],
  fields: [
    'Name',
    'Label',
    'Description',
    'IsOwnedByProfile',
    'ProfileId',
    'NamespacePrefix',
    ['Type', { picklistValues: ['Regular', 'Group', 'Profile', 'Session', 'Standard'] }],
    'IsCustom',
    'PermissionSetGroupId',
    'LicenseId',
    'HasActivationRequired',
    ...USER_PERMISSIONS,
  ],
  children: [
    ['Assignments', 'PermissionSetAssignment', 'PermissionSetId'],
    ['ObjectPerms', 'ObjectPermissions', 'ParentId'],
    ['FieldPerms', 'FieldPermissions', 'ParentId'],
    ['SetupEntityAccessItems', 'SetupEntityAccess', 'ParentId'],
  ],
});
