import { defineObject } from '../define-object.js';
import { permissionSetGroupSource } from '../sources/permission-set-group.js';

/** API 45.0+; the child relationship name is the captured describe's. */
export const permissionSetGroup = defineObject({
  name: 'PermissionSetGroup',
  source: permissionSetGroupSource,
  keyPrefix: '0PG',
  apis: ['data', 'tooling'],
  calls: ['create', 'update', 'delete'],
  fields: [
    'DeveloperName',
    'MasterLabel',
    'Description',
    'NamespacePrefix',
    ['Status', { picklistValues: ['Updated', 'Outdated', 'Updating', 'Failed'] }],
    'HasActivationRequired',
  ],
  children: [['PermissionSetGroupComponents', 'PermissionSetGroupComponent', 'PermissionSetGroupId']],
});
