import { SalesforceApiError } from '../../api-error.js';
import type { WriteContext, WriteRule } from '../dml/write-rule.js';
import type { Row } from '../row.js';
import { lower } from './parent.js';

const LABELS: Record<string, string> = {
  PermissionsRead: 'Read',
  PermissionsCreate: 'Create',
  PermissionsEdit: 'Edit',
  PermissionsDelete: 'Delete',
  PermissionsViewAllRecords: 'View All',
  PermissionsModifyAllRecords: 'Modify All',
  PermissionsViewAllFields: 'View All Fields',
};

/** OBJ objectpermissions: Create/Edit/ViewAll need Read; Delete needs Read+Edit; ModifyAll needs Read, Edit, Delete, ViewAll. */
const DEPENDS: Record<string, string[]> = {
  PermissionsCreate: ['PermissionsRead'],
  PermissionsEdit: ['PermissionsRead'],
  PermissionsViewAllRecords: ['PermissionsRead'],
  PermissionsViewAllFields: ['PermissionsRead'],
  PermissionsDelete: ['PermissionsRead', 'PermissionsEdit'],
  PermissionsModifyAllRecords: ['PermissionsRead', 'PermissionsEdit', 'PermissionsDelete', 'PermissionsViewAllRecords'],
};

/** FIELD_INTEGRITY_EXCEPTION "Permission X depends on permission(s): Y" as data loads report it [community]. */
function checkDependencies(row: Row): void {
  const sob = String(row.SobjectType);
  const problems: string[] = [];
  for (const [perm, needs] of Object.entries(DEPENDS)) {
    const missing = needs.filter((n) => row[perm] === true && row[n] !== true);
    if (missing.length > 0) {
      problems.push(`Permission ${LABELS[perm]} ${sob} depends on permission(s): ${missing.map((m) => `${LABELS[m]} ${sob}`).join(', ')}`);
    }
  }
  if (problems.length > 0) throw new SalesforceApiError('FIELD_INTEGRITY_EXCEPTION', problems.join('; '));
  if (!Object.keys(LABELS).some((p) => row[p] === true)) {
    // "You cannot have an ObjectPermissions record where all permissions fields are FALSE" [community]
    throw new SalesforceApiError(
      'FIELD_INTEGRITY_EXCEPTION',
      'An object permission row needs at least Read access; delete the row to remove access.',
    );
  }
}

function checkDuplicate(ctx: WriteContext, row: Row): void {
  const clash = ctx
    .children('ObjectPermissions', 'ParentId', row.ParentId as string)
    .find((r) => r.Id !== row.Id && lower(r.SobjectType) === lower(row.SobjectType));
  if (clash) {
    throw new SalesforceApiError(
      'DUPLICATE_VALUE',
      `duplicate value found: ParentId, SobjectType duplicates value on record with id: ${String(clash.Id)}`,
      400,
      ['ParentId', 'SobjectType'],
    );
  }
}

export const objectPermissionsRule: WriteRule = {
  sobjects: ['ObjectPermissions'],
  beforeCreate: (ctx, row) => {
    checkDependencies(row);
    checkDuplicate(ctx, row);
  },
  beforeUpdate: (_ctx, after) => checkDependencies(after),
};
