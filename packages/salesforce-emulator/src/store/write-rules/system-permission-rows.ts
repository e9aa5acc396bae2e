import { SalesforceApiError } from '../../api-error.js';
import type { WriteRule } from '../dml/write-rule.js';
import type { Row } from '../row.js';

/**
 * Rows whose Id starts with 000 are what Modify All Data profiles report without stored rows;
 * they "cannot be updated or deleted" [doc]. The error code is [unverified].
 */
function refuseSynthetic(row: Row): void {
  if (typeof row.Id === 'string' && row.Id.startsWith('000')) {
    throw new SalesforceApiError('INVALID_ID_FIELD', `This permission is implied by a system permission and cannot be changed: ${row.Id}`);
  }
}

export const systemPermissionRows: WriteRule = {
  sobjects: ['ObjectPermissions', 'FieldPermissions'],
  beforeUpdate: (_ctx, _after, before) => refuseSynthetic(before),
  beforeDelete: (_ctx, row) => refuseSynthetic(row),
};
