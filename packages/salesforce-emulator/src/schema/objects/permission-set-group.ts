import { defineObject } from '../define-object.js';
import { field, readOnly } from '../field.js';

/** OBJ sforce_api_objects_permissionsetgroup.htm (API 45.0+). */
export const permissionSetGroup = defineObject({
  name: 'PermissionSetGroup',
  source: 'OBJ sforce_api_objects_permissionsetgroup.htm',
  keyPrefix: '0PG',
  apis: ['data', 'tooling'],
  calls: ['create', 'update', 'delete'],
  fields: [
    field('DeveloperName', 'string', { nillable: false }),
    field('MasterLabel', 'string', { nillable: false }),
    field('Description', 'textarea', { filterable: false }),
    readOnly('NamespacePrefix', 'string'),
    readOnly('Status', 'picklist', { picklistValues: ['Updated', 'Outdated', 'Updating', 'Failed'] }),
    field('HasActivationRequired', 'boolean'),
  ],
  // [unverified] relationship name
  children: [['PermissionSetGroupComponents', 'PermissionSetGroupComponent', 'PermissionSetGroupId']],
});
