import { defineObject } from '../define-object.js';
import { permissionSetAssignmentSource } from '../sources/permission-set-assignment.js';

/**
 * Update only for ExpirationDate (52.0+) and IsRevoked (57.0+). PermissionSetId may be left out when
 * PermissionSetGroupId is given: the org fills in the group's aggregate permission set (see
 * store/write-rules/permission-set-assignment.ts).
 */
export const permissionSetAssignment = defineObject({
  name: 'PermissionSetAssignment',
  source: permissionSetAssignmentSource,
  keyPrefix: '0Pa',
  apis: ['data', 'tooling'],
  calls: ['create', 'update', 'delete'],
  fields: ['AssigneeId', 'PermissionSetId', 'PermissionSetGroupId', 'ExpirationDate', 'IsRevoked', ['IsActive', { defaultValue: true }]],
});
