import { defineObject } from '../define-object.js';
import { permissionSetGroupComponentSource } from '../sources/permission-set-group-component.js';

/** Key prefix [unverified]. */
export const permissionSetGroupComponent = defineObject({
  name: 'PermissionSetGroupComponent',
  source: permissionSetGroupComponentSource,
  keyPrefix: '0PH',
  apis: ['data', 'tooling'],
  calls: ['create', 'delete'],
  fields: ['PermissionSetGroupId', 'PermissionSetId', 'IsDeleted'],
});
