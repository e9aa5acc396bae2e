import { defineObject } from '../define-object.js';
import { field, lookup } from '../field.js';

/**
 * OBJ sforce_api_objects_permissionsettabsetting.htm (data API 45.0+, Tooling 37.0+).
 * ParentId and Name cannot be updated (TOOL doc). Key prefix 01P is [unverified].
 */
export const permissionSetTabSetting = defineObject({
  name: 'PermissionSetTabSetting',
  source: 'OBJ sforce_api_objects_permissionsettabsetting.htm',
  keyPrefix: '01P',
  apis: ['data', 'tooling'],
  calls: ['create', 'update', 'delete'],
  fields: [
    lookup('ParentId', 'PermissionSet', 'Parent', { updateable: false }),
    field('Name', 'string', { nillable: false, updateable: false }),
    field('Visibility', 'picklist', { nillable: false, picklistValues: ['DefaultOn', 'DefaultOff'] }),
  ],
});
