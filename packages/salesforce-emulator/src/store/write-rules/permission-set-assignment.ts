import { SalesforceApiError } from '../../api-error.js';
import type { WriteContext, WriteRule } from '../dml/write-rule.js';
import type { Row } from '../row.js';

/** A group assignment points PermissionSetId at the group's aggregate permission set (Type 'Group') [doc]. */
function resolvePermissionSet(ctx: WriteContext, row: Row): Row {
  if (!row.PermissionSetId && typeof row.PermissionSetGroupId === 'string') {
    const aggregate = ctx.children('PermissionSet', 'PermissionSetGroupId', row.PermissionSetGroupId)[0];
    if (aggregate) row.PermissionSetId = aggregate.Id;
  }
  const ps = ctx.find('PermissionSet', row.PermissionSetId);
  if (!ps)
    throw new SalesforceApiError('REQUIRED_FIELD_MISSING', 'Required fields are missing: [PermissionSetId]', 400, ['PermissionSetId']);
  return ps;
}

/** Profile permission sets come with the profile; the code for refusing them is [unverified]. */
function checkAssignable(ctx: WriteContext, ps: Row, row: Row): void {
  if (ps.IsOwnedByProfile === true) {
    throw new SalesforceApiError(
      'FIELD_INTEGRITY_EXCEPTION',
      "You can't assign or unassign a permission set that is owned by a profile.",
      400,
      ['PermissionSetId'],
    );
  }
  // "If the permission set has a license, it must match the user's profile license" [doc]
  if (typeof ps.LicenseId === 'string') {
    const user = ctx.find('User', row.AssigneeId);
    const profile = ctx.find('Profile', user?.ProfileId);
    if (profile && typeof profile.UserLicenseId === 'string' && profile.UserLicenseId.slice(0, 15) !== ps.LicenseId.slice(0, 15)) {
      throw new SalesforceApiError(
        'FIELD_INTEGRITY_EXCEPTION',
        `Permission Set License doesn't match the user license of the assignee ${String(row.AssigneeId)}`,
        400,
        ['PermissionSetId'],
      );
    }
  }
  const clash = ctx
    .children('PermissionSetAssignment', 'AssigneeId', row.AssigneeId as string)
    .find((r) => String(r.PermissionSetId).slice(0, 15) === String(ps.Id).slice(0, 15));
  if (clash) {
    throw new SalesforceApiError(
      'DUPLICATE_VALUE',
      `duplicate value found: <unknown> duplicates value on record with id: ${String(clash.Id)}`,
    );
  }
}

export const permissionSetAssignmentRule: WriteRule = {
  sobjects: ['PermissionSetAssignment'],
  beforeCreate: (ctx, row) => checkAssignable(ctx, resolvePermissionSet(ctx, row), row),
  beforeDelete: (ctx, row) => {
    if (ctx.find('PermissionSet', row.PermissionSetId)?.IsOwnedByProfile === true) {
      throw new SalesforceApiError(
        'FIELD_INTEGRITY_EXCEPTION',
        "You can't assign or unassign a permission set that is owned by a profile.",
      );
    }
  },
};
