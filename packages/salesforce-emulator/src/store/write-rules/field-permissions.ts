import { SalesforceApiError } from '../../api-error.js';
import type { WriteContext, WriteRule } from '../dml/write-rule.js';
import type { Row } from '../row.js';
import { lower } from './parent.js';
import { standardObjects } from '../../schema/index.js';
import { isPermissionable } from '../../schema/describe.js';

/**
 * Edit needs Read, and a row must have Read true "or it will be deleted" [doc]. Refusing such a
 * row (rather than silently deleting it) is the emulator's choice; the code is [unverified].
 */
function checkRead(row: Row): void {
  if (row.PermissionsRead !== true) {
    const msg =
      row.PermissionsEdit === true
        ? `Permission Edit ${String(row.Field)} depends on permission(s): Read ${String(row.Field)}`
        : 'A field permission row needs PermissionsRead true; delete the row to remove access.';
    throw new SalesforceApiError('FIELD_INTEGRITY_EXCEPTION', msg, 400, ['PermissionsRead']);
  }
}

/**
 * Field is `Object.Field` with the object part equal to SobjectType. For objects the emulator knows,
 * the field must exist and be permissionable: Field is a restricted picklist, so anything else is
 * INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST [community].
 */
function checkFieldName(ctx: WriteContext, row: Row): void {
  const [object, name] = String(row.Field).split('.');
  const bad = () =>
    new SalesforceApiError(
      'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
      `Field Name: bad value for restricted picklist field: ${String(row.Field)}`,
      400,
      ['Field'],
    );
  if (!name || lower(object) !== lower(row.SobjectType)) throw bad();
  const def = ctx.catalog.object(String(object));
  if (!def) return;
  const f = ctx.catalog.field(def, name);
  const permissionable = f && (standardObjects.some((o) => o.name === def.name) ? isPermissionable(f) : f.permissionable);
  if (!permissionable) throw bad();
}

function checkDuplicate(ctx: WriteContext, row: Row): void {
  const clash = ctx
    .children('FieldPermissions', 'ParentId', row.ParentId as string)
    .find((r) => r.Id !== row.Id && lower(r.Field) === lower(row.Field));
  if (clash) {
    throw new SalesforceApiError(
      'DUPLICATE_VALUE',
      `duplicate value found: ParentId, Field duplicates value on record with id: ${String(clash.Id)}`,
      400,
      ['ParentId', 'Field'],
    );
  }
}

export const fieldPermissionsRule: WriteRule = {
  sobjects: ['FieldPermissions'],
  beforeCreate: (ctx, row) => {
    checkFieldName(ctx, row);
    checkRead(row);
    checkDuplicate(ctx, row);
  },
  beforeUpdate: (_ctx, after) => checkRead(after),
};
