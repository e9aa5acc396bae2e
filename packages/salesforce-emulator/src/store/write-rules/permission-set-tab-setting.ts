import { SalesforceApiError } from '../../api-error.js';
import type { WriteRule } from '../dml/write-rule.js';
import { lower } from './parent.js';

/** One tab setting per permission set and tab (hidden = no row). */
export const permissionSetTabSettingRule: WriteRule = {
  sobjects: ['PermissionSetTabSetting'],
  beforeCreate: (ctx, row) => {
    const clash = ctx
      .children('PermissionSetTabSetting', 'ParentId', row.ParentId as string)
      .find((r) => lower(r.Name) === lower(row.Name));
    if (clash)
      throw new SalesforceApiError(
        'DUPLICATE_VALUE',
        `duplicate value found: <unknown> duplicates value on record with id: ${String(clash.Id)}`,
      );
  },
};
