import type { ObjectSource } from './object-source.js';

export const subscriberPackageSource: ObjectSource = {
  object: 'SubscriberPackage',
  describe: {
    repo: 'jawills/jira-sf-integration',
    path: '.sfdx/tools/soqlMetadata/standardObjects/SubscriberPackage.json',
    commit: '53324ac67fadc1acf0297394ba496a409dda9351',
  },
  reference: {
    page: 'https://developer.salesforce.com/docs/atlas.en-us.api_tooling.meta/api_tooling/tooling_api_objects_subscriberpackage.htm',
    apiVersion: 'not read',
  },
  fields: {
    Id: { type: 'id', filterable: true, createable: false, updateable: false, nillable: false },
    Name: { type: 'string', filterable: false, createable: false, updateable: false, nillable: false },
    NamespacePrefix: { type: 'string', filterable: false, createable: false, updateable: false, nillable: true },
    Description: { type: 'string', filterable: false, createable: false, updateable: false, nillable: true },
    IsPackageValid: { type: 'boolean', filterable: false, createable: false, updateable: false, nillable: false },
  },
  unsettled: { properties: ['createable', 'updateable'], fields: ['Name', 'NamespacePrefix', 'Description', 'IsPackageValid'] },
};
