import { SalesforceApiError } from '../../api-error.js';
import type { WriteContext, WriteRule } from '../dml/write-rule.js';
import type { Row } from '../row.js';
import { lower } from './parent.js';

const DEVELOPER_NAME = /^[A-Za-z](?!.*__)[A-Za-z0-9_]{0,79}$/;

function checkName(ctx: WriteContext, row: Row): void {
  const name = String(row.Name);
  if (!DEVELOPER_NAME.test(name) || name.endsWith('_')) {
    throw new SalesforceApiError(
      'FIELD_INTEGRITY_EXCEPTION',
      'The API Name can only contain underscores and alphanumeric characters. It must be unique, begin with a letter, not include spaces, not end with an underscore, and not contain two consecutive underscores.',
      400,
      ['Name'],
    );
  }
  // Names are unique per namespace; a new (unmanaged) set clashes only with unmanaged ones [unverified].
  const table = ctx.store.table(ctx.catalog.object('PermissionSet')!);
  const clash = table
    .scan()
    .find((r) => r.Id !== row.Id && lower(r.Name) === lower(name) && (r.NamespacePrefix ?? null) === (row.NamespacePrefix ?? null));
  if (clash) throw new SalesforceApiError('DUPLICATE_DEVELOPER_NAME', `Duplicate Developer Name: ${name}`, 400, ['Name']);
}

function refuseManaged(row: Row): void {
  if (typeof row.NamespacePrefix === 'string' && row.NamespacePrefix !== '') {
    throw new SalesforceApiError(
      'CANNOT_MODIFY_MANAGED_OBJECT',
      `Cannot modify managed object: entity=PermissionSet, component=${String(row.Id)}, state=installed`,
    );
  }
}

/**
 * Deleting: a profile's permission set goes only with its profile; an assigned permission set is
 * refused (Setup refuses it too; the API error code DELETE_FAILED is [unverified]); otherwise its
 * permission rows go with it.
 */
function beforeDelete(ctx: WriteContext, row: Row): void {
  refuseManaged(row);
  if (row.IsOwnedByProfile === true || row.Type === 'Group') {
    throw new SalesforceApiError(
      'DELETE_FAILED',
      `Cannot delete a permission set owned by a profile or permission set group: ${String(row.Id)}`,
    );
  }
  if (ctx.children('PermissionSetAssignment', 'PermissionSetId', row.Id as string).length > 0) {
    throw new SalesforceApiError(
      'DELETE_FAILED',
      'This permission set is assigned to one or more users and cannot be deleted. Remove the assignments first.',
    );
  }
  for (const child of [
    'ObjectPermissions',
    'FieldPermissions',
    'PermissionSetTabSetting',
    'SetupEntityAccess',
    'PermissionSetGroupComponent',
  ]) {
    const def = ctx.catalog.object(child)!;
    const field = child === 'PermissionSetGroupComponent' ? 'PermissionSetId' : 'ParentId';
    for (const r of ctx.children(child, field, row.Id as string)) ctx.store.remove(def, r.Id as string);
  }
}

export const permissionSetRule: WriteRule = {
  sobjects: ['PermissionSet'],
  beforeCreate: (ctx, row) => {
    Object.assign(row, {
      IsOwnedByProfile: false,
      NamespacePrefix: null,
      Type: 'Regular',
      IsCustom: true,
      ProfileId: null,
      PermissionSetGroupId: null,
    });
    checkName(ctx, row);
  },
  beforeUpdate: (ctx, after, before) => {
    refuseManaged(before);
    if (after.Name !== before.Name) checkName(ctx, after);
  },
  beforeDelete,
};
