import { defineObject } from '../define-object.js';
import { subscriberPackageVersionSource } from '../sources/subscriber-package-version.js';

/** Served on the Tooling API only; same Id-filter restriction as SubscriberPackage [unverified]. */
export const subscriberPackageVersion = defineObject({
  name: 'SubscriberPackageVersion',
  source: subscriberPackageVersionSource,
  keyPrefix: '04t',
  apis: ['tooling'],
  queryRestriction: 'requires-id-filter',
  fields: [
    'SubscriberPackageId',
    'Name',
    'MajorVersion',
    'MinorVersion',
    'PatchVersion',
    'BuildNumber',
    'IsBeta',
    'IsDeprecated',
    'IsManaged',
    'IsPasswordProtected',
    'ReleaseState',
  ],
});
