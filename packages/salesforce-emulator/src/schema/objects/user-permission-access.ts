import { USER_PERMISSION_ACCESS_FIELDS } from '../user-permission-access-fields.js';
import { defineObject } from '../define-object.js';
import { readOnly } from '../field.js';

/**
 * UserPermissionAccess: the running user's effective user permissions, one row, query-only
 * [unverified: whether Salesforce exposes an Id on it; the audit never selects it].
 */
export const userPermissionAccess = defineObject({
  name: 'UserPermissionAccess',
  source: 'OBJ sforce_api_objects_userpermissionaccess.htm',
  unverifiedFields: ['Id'],
  keyPrefix: '0up',
  noAuditFields: true,
  fields: [readOnly('LastCacheUpdate', 'datetime'), ...USER_PERMISSION_ACCESS_FIELDS.map((name) => readOnly(name, 'boolean'))],
});
