import { defineObject } from '../define-object.js';
import { readOnly } from '../field.js';

/**
 * TOOL tooling_api_objects_subscriberpackage.htm: NamespacePrefix is not marked Filter. A direct query
 * needs `WHERE Id = …` or the org answers "Implementation restriction" [unverified, community].
 */
export const subscriberPackage = defineObject({
  name: 'SubscriberPackage',
  source: 'TOOL tooling_api_objects_subscriberpackage.htm',
  keyPrefix: '033',
  apis: ['tooling'],
  noAuditFields: true,
  queryRestriction: 'requires-id-filter',
  fields: [
    readOnly('Name', 'string', { filterable: false }),
    readOnly('NamespacePrefix', 'string', { filterable: false }),
    readOnly('Description', 'textarea', { filterable: false }),
    readOnly('IsPackageValid', 'boolean', { filterable: false }),
  ],
});
