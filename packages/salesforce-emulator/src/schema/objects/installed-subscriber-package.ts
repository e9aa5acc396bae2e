import { defineObject } from '../define-object.js';
import { readOnly } from '../field.js';

/** TOOL tooling_api_objects_installedsubscriberpackage.htm (41.0+). Uninstall is not emulated. */
export const installedSubscriberPackage = defineObject({
  name: 'InstalledSubscriberPackage',
  source: 'TOOL tooling_api_objects_installedsubscriberpackage.htm',
  keyPrefix: '0A3',
  apis: ['tooling'],
  noAuditFields: true,
  fields: [
    readOnly('SubscriberPackageId', 'reference', { referenceTo: ['SubscriberPackage'], relationshipName: 'SubscriberPackage' }),
    readOnly('SubscriberPackageVersionId', 'reference', {
      referenceTo: ['SubscriberPackageVersion'],
      relationshipName: 'SubscriberPackageVersion',
    }),
    readOnly('MinPackageVersionId', 'reference', { referenceTo: ['SubscriberPackageVersion'], relationshipName: 'MinPackageVersion' }),
  ],
});
