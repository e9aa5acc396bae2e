import { defineObject } from '../define-object.js';
import { field, flags, readOnly } from '../field.js';

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
 * OBJ sforce_api_objects_permissionset.htm. Child relationship names Assignments, ObjectPerms,
 * FieldPerms and SetupEntityAccessItems are from describe output seen in public code [community];
 * PermissionSetTabSettings is [unverified].
 */
export const permissionSet = defineObject({
  name: 'PermissionSet',
  source: 'OBJ sforce_api_objects_permissionset.htm',
  keyPrefix: '0PS',
  apis: ['data', 'tooling'],
  calls: ['create', 'update', 'delete'],
  fields: [
    field('Name', 'string', { nillable: false }),
    field('Label', 'string', { nillable: false }),
    field('Description', 'textarea', { filterable: false }),
    readOnly('IsOwnedByProfile', 'boolean'),
    readOnly('ProfileId', 'reference', { referenceTo: ['Profile'], relationshipName: 'Profile' }),
    readOnly('NamespacePrefix', 'string'),
    readOnly('Type', 'picklist', { picklistValues: ['Regular', 'Group', 'Profile', 'Session', 'Standard'] }),
    readOnly('IsCustom', 'boolean'),
    readOnly('PermissionSetGroupId', 'reference', { referenceTo: ['PermissionSetGroup'], relationshipName: 'PermissionSetGroup' }),
    field('LicenseId', 'reference', {
      referenceTo: ['PermissionSetLicense', 'UserLicense'],
      relationshipName: 'License',
      updateable: false,
    }),
    field('HasActivationRequired', 'boolean'),
    ...flags(USER_PERMISSIONS),
  ],
  children: [
    ['Assignments', 'PermissionSetAssignment', 'PermissionSetId'],
    ['ObjectPerms', 'ObjectPermissions', 'ParentId'],
    ['FieldPerms', 'FieldPermissions', 'ParentId'],
    ['SetupEntityAccessItems', 'SetupEntityAccess', 'ParentId'],
    ['PermissionSetTabSettings', 'PermissionSetTabSetting', 'ParentId'],
  ],
});
