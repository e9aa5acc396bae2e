import { defineObject } from '../define-object.js';
import { field, flags, lookup } from '../field.js';

const OBJECT_PERMISSION_FLAGS = [
  'PermissionsRead',
  'PermissionsCreate',
  'PermissionsEdit',
  'PermissionsDelete',
  'PermissionsViewAllRecords',
  'PermissionsModifyAllRecords',
  'PermissionsViewAllFields',
] as const;

/** OBJ sforce_api_objects_objectpermissions.htm. */
export const objectPermissions = defineObject({
  name: 'ObjectPermissions',
  source: 'OBJ sforce_api_objects_objectpermissions.htm',
  keyPrefix: '110',
  apis: ['data', 'tooling'],
  calls: ['create', 'update', 'delete'],
  fields: [
    lookup('ParentId', 'PermissionSet', 'Parent', { updateable: false }),
    field('SobjectType', 'picklist', { nillable: false, updateable: false }),
    ...flags([...OBJECT_PERMISSION_FLAGS]),
  ],
});
