import { defineObject } from '../define-object.js';
import { subscriberPackageSource } from '../sources/subscriber-package.js';

/**
 * Served on the Tooling API only. A direct query needs `WHERE Id = …` or the org answers
 * "Implementation restriction" [unverified, community].
 */
export const subscriberPackage = defineObject({
  name: 'SubscriberPackage',
  source: subscriberPackageSource,
  keyPrefix: '033',
  apis: ['tooling'],
  queryRestriction: 'requires-id-filter',
  fields: ['Name', 'NamespacePrefix', 'Description', 'IsPackageValid'],
});
