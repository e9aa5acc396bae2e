import { defineObject } from '../define-object.js';
import { lookup, readOnly } from '../field.js';

/** OBJ sforce_api_objects_permissionsetgroupcomponent.htm; key prefix [unverified]. */
export const permissionSetGroupComponent = defineObject({
  name: 'PermissionSetGroupComponent',
  source: 'OBJ sforce_api_objects_permissionsetgroupcomponent.htm',
  keyPrefix: '0PH',
  apis: ['data', 'tooling'],
  calls: ['create', 'delete'],
  fields: [
    lookup('PermissionSetGroupId', 'PermissionSetGroup', 'PermissionSetGroup', { updateable: false }),
    lookup('PermissionSetId', 'PermissionSet', 'PermissionSet', { updateable: false }),
    readOnly('IsDeleted', 'boolean'),
  ],
});
