import { defineObject } from '../define-object.js';
import { readOnly } from '../field.js';

/** TOOL tooling_api_objects_subscriberpackageversion.htm: same Id-filter restriction [unverified]. */
export const subscriberPackageVersion = defineObject({
  name: 'SubscriberPackageVersion',
  source: 'TOOL tooling_api_objects_subscriberpackageversion.htm',
  keyPrefix: '04t',
  apis: ['tooling'],
  noAuditFields: true,
  queryRestriction: 'requires-id-filter',
  fields: [
    readOnly('SubscriberPackageId', 'reference', { referenceTo: ['SubscriberPackage'], relationshipName: 'SubscriberPackage' }),
    readOnly('Name', 'string'),
    readOnly('MajorVersion', 'int'),
    readOnly('MinorVersion', 'int'),
    readOnly('PatchVersion', 'int'),
    readOnly('BuildNumber', 'int'),
    readOnly('IsBeta', 'boolean'),
    readOnly('IsDeprecated', 'boolean'),
    readOnly('IsManaged', 'boolean'),
    readOnly('IsPasswordProtected', 'boolean'),
    readOnly('ReleaseState', 'string'),
  ],
});
