import { defineObject } from '../define-object.js';
import { externalClientApplicationSource } from '../sources/external-client-application.js';

/**
 * Read-only here. Its Id is the SetupEntityId of access rows with SetupEntityType ExternalClientApplication (60.0+).
 * The key prefix is [unverified].
 */
export const externalClientApplication = defineObject({
  name: 'ExternalClientApplication',
  source: externalClientApplicationSource,
  keyPrefix: '0xI',
  fields: [
    'DeveloperName',
    'MasterLabel',
    'NamespacePrefix',
    ['DistributionState', { picklistValues: ['Local', 'Packaged', 'Managed', 'AutoInstalled'] }],
  ],
});
