/**
 * Child relationships the plan reads through, and the reference field that replaces them in a read of
 * their own (OBJ sforce_api_objects_permissionsetassignment.htm: AssigneeId is the User; the
 * relationship name is the one User's describe gives).
 */
export const CHILD_RELATIONSHIPS: Record<string, { sobject: string; field: string }> = {
  PermissionSetAssignments: { sobject: 'PermissionSetAssignment', field: 'AssigneeId' },
};
