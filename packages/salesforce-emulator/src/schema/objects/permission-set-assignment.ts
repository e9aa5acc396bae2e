import { defineObject } from '../define-object.js';
import { field, lookup, readOnly } from '../field.js';

/**
 * OBJ sforce_api_objects_permissionsetassignment.htm: update only for ExpirationDate (52.0+) and
 * IsRevoked (57.0+). PermissionSetId may be left out when PermissionSetGroupId is given: the org
 * fills in the group's aggregate permission set (see store/write-rules/permission-set-assignment.ts).
 */
export const permissionSetAssignment = defineObject({
  name: 'PermissionSetAssignment',
  source: 'OBJ sforce_api_objects_permissionsetassignment.htm',
  keyPrefix: '0Pa',
  apis: ['data', 'tooling'],
  calls: ['create', 'update', 'delete'],
  fields: [
    lookup('AssigneeId', 'User', 'Assignee', { updateable: false }),
    lookup('PermissionSetId', 'PermissionSet', 'PermissionSet', { updateable: false, nillable: true }),
    field('PermissionSetGroupId', 'reference', {
      referenceTo: ['PermissionSetGroup'],
      relationshipName: 'PermissionSetGroup',
      updateable: false,
    }),
    field('ExpirationDate', 'datetime'),
    field('IsRevoked', 'boolean'),
    readOnly('IsActive', 'boolean', { defaultValue: true }),
  ],
});
