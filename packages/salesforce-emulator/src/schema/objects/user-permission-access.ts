import { defineObject } from '../define-object.js';
import { userPermissionAccessSource } from '../sources/user-permission-access.js';
import { USER_PERMISSION_ACCESS_FIELDS } from '../user-permission-access-fields.js';

/** The running user's effective user permissions, one row, query-only. */
export const userPermissionAccess = defineObject({
  name: 'UserPermissionAccess',
  source: userPermissionAccessSource,
  keyPrefix: '0up',
  fields: ['LastCacheUpdate', ...USER_PERMISSION_ACCESS_FIELDS],
});
