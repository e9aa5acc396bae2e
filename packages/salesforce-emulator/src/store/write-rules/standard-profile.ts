import { SalesforceApiError } from '../../api-error.js';
import type { WriteContext, WriteRule } from '../dml/write-rule.js';
import type { Row } from '../row.js';
import { parentOf } from './parent.js';

/**
 * Object and field permissions of standard profiles cannot be edited [community]. The error code
 * Salesforce gives through the API is [unverified]; INSUFFICIENT_ACCESS_OR_READONLY is chosen
 * because the Setup UI treats these profiles as read-only. SetupEntityAccess and tab settings on
 * standard profiles are allowed [community] (and the TOOL tooling_api_objects_permissionsettabsetting.htm example).
 */
function refuseStandardProfile(ctx: WriteContext, row: Row): void {
  const parent = parentOf(ctx, row);
  if (parent && parent.IsOwnedByProfile === true && parent.IsCustom === false) {
    throw new SalesforceApiError(
      'INSUFFICIENT_ACCESS_OR_READONLY',
      `insufficient access rights on object id: you cannot edit object or field permissions of the standard profile ${String(parent.ProfileId)}`,
      400,
      ['ParentId'],
    );
  }
}

export const standardProfile: WriteRule = {
  sobjects: ['ObjectPermissions', 'FieldPermissions'],
  beforeCreate: refuseStandardProfile,
  beforeUpdate: refuseStandardProfile,
  beforeDelete: refuseStandardProfile,
};
