import { SalesforceApiError } from '../../api-error.js';
import { SETUP_ENTITY_TYPES } from '../../schema/objects/setup-entity-access.js';
import type { WriteRule } from '../dml/write-rule.js';

/** SetupEntityType comes from the SetupEntityId key prefix; one row per ParentId + SetupEntityId. */
export const setupEntityAccessRule: WriteRule = {
  sobjects: ['SetupEntityAccess'],
  beforeCreate: (ctx, row) => {
    const id = String(row.SetupEntityId);
    const type = SETUP_ENTITY_TYPES[id.slice(0, 3)];
    if (!type) throw new SalesforceApiError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', 400, ['SetupEntityId']);
    row.SetupEntityType = type;
    const clash = ctx
      .children('SetupEntityAccess', 'ParentId', row.ParentId as string)
      .find((r) => String(r.SetupEntityId).slice(0, 15) === id.slice(0, 15));
    if (clash)
      throw new SalesforceApiError(
        'DUPLICATE_VALUE',
        `duplicate value found: <unknown> duplicates value on record with id: ${String(clash.Id)}`,
      );
  },
};
