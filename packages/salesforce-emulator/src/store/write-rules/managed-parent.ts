import { SalesforceApiError } from '../../api-error.js';
import type { WriteContext, WriteRule } from '../dml/write-rule.js';
import type { Row } from '../row.js';
import { parentOf } from './parent.js';

/**
 * A subscriber cannot change what a managed permission set (NamespacePrefix set) grants:
 * CANNOT_MODIFY_MANAGED_OBJECT [community]. The message wording is [unverified].
 */
function refuseManaged(ctx: WriteContext, row: Row): void {
  const parent = parentOf(ctx, row);
  if (parent && typeof parent.NamespacePrefix === 'string' && parent.NamespacePrefix !== '') {
    throw new SalesforceApiError(
      'CANNOT_MODIFY_MANAGED_OBJECT',
      `Cannot modify managed object: entity=PermissionSet, component=${String(parent.Id)}, state=installed`,
      400,
      ['ParentId'],
    );
  }
}

export const managedParent: WriteRule = {
  sobjects: ['ObjectPermissions', 'FieldPermissions', 'PermissionSetTabSetting', 'SetupEntityAccess'],
  beforeCreate: refuseManaged,
  beforeUpdate: refuseManaged,
  beforeDelete: refuseManaged,
};
