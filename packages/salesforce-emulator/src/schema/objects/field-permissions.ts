import { defineObject } from '../define-object.js';
import { field, flags, lookup } from '../field.js';

/** OBJ sforce_api_objects_fieldpermissions.htm. */
export const fieldPermissions = defineObject({
  name: 'FieldPermissions',
  source: 'OBJ sforce_api_objects_fieldpermissions.htm',
  keyPrefix: '01k',
  apis: ['data', 'tooling'],
  calls: ['create', 'update', 'delete'],
  fields: [
    lookup('ParentId', 'PermissionSet', 'Parent', { updateable: false }),
    field('SobjectType', 'picklist', { nillable: false, updateable: false }),
    field('Field', 'picklist', { nillable: false, updateable: false }),
    ...flags(['PermissionsRead', 'PermissionsEdit']),
  ],
});
