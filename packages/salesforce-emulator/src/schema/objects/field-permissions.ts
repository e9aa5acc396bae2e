import { defineObject } from '../define-object.js';
import { fieldPermissionsSource } from '../sources/field-permissions.js';

export const fieldPermissions = defineObject({
  name: 'FieldPermissions',
  source: fieldPermissionsSource,
  keyPrefix: '01k',
  apis: ['data', 'tooling'],
  calls: ['create', 'update', 'delete'],
  fields: ['ParentId', 'SobjectType', 'Field', 'PermissionsRead', 'PermissionsEdit'],
});
