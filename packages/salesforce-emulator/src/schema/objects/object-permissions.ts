import { defineObject } from '../define-object.js';
import { objectPermissionsSource } from '../sources/object-permissions.js';
import { field } from '../field.js';

export const objectPermissions = defineObject({
  name: 'ObjectPermissions',
  source: objectPermissionsSource,
  keyPrefix: '110',
  apis: ['data', 'tooling'],
  calls: ['create', 'update', 'delete'],
  fields: [
    'ParentId',
    'SobjectType',
    'PermissionsRead',
    'PermissionsCreate',
    'PermissionsEdit',
    'PermissionsDelete',
    'PermissionsViewAllRecords',
    'PermissionsModifyAllRecords',
  ],
  // [unverified] newer than the describe capture: the current Field Reference lists it as a boolean
  // (developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-objectpermissions.html).
  unverified: [field('PermissionsViewAllFields', 'boolean')],
});
