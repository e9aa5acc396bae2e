/**
 * Child relationships the plan reads through, and the reference field that ties a child row to its parent
 * (OBJ sforce_api_objects_permissionsetassignment.htm: AssigneeId is the User; the relationship name is the
 * one User's describe gives). A child subquery leaves that field out: every row of it would repeat the
 * parent's Id, which the record sink fills in from the parent.
 */
export const CHILD_RELATIONSHIPS: Record<string, { sobject: string; field: string }> = {
  PermissionSetAssignments: { sobject: 'PermissionSetAssignment', field: 'AssigneeId' },
};

/** A child subquery as a read of its own, by its parents' Ids (`ids`, a SOQL list): its fields and the reference to the parent. */
export function childRead(relationship: string, fields: string, ids: string): string {
  const { sobject, field } = CHILD_RELATIONSHIPS[relationship];
  const select = fields.split(', ').includes(field) ? fields : `${fields}, ${field}`;
  return `SELECT ${select} FROM ${sobject} WHERE ${field} IN ${ids}`;
}
