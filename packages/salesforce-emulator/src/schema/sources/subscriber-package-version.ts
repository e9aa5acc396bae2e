import type { ObjectSource } from './object-source.js';

export const subscriberPackageVersionSource: ObjectSource = {
  object: 'SubscriberPackageVersion',
  describe: {
    repo: 'jawills/jira-sf-integration',
    path: '.sfdx/tools/soqlMetadata/standardObjects/SubscriberPackageVersion.json',
    commit: '53324ac67fadc1acf0297394ba496a409dda9351',
  },
  reference: {
    page: 'https://developer.salesforce.com/docs/atlas.en-us.api_tooling.meta/api_tooling/tooling_api_objects_subscriberpackageversion.htm',
    apiVersion: 'not read',
  },
  fields: {
    Id: { type: 'id', filterable: true, createable: false, updateable: false, nillable: false },
    SubscriberPackageId: {
      type: 'reference',
      filterable: false,
      createable: false,
      updateable: false,
      nillable: true,
      referenceTo: ['SubscriberPackage'],
      relationshipName: null,
    },
    Name: { type: 'string', filterable: false, createable: false, updateable: false, nillable: false },
    MajorVersion: { type: 'int', filterable: false, createable: false, updateable: false, nillable: true },
    MinorVersion: { type: 'int', filterable: false, createable: false, updateable: false, nillable: true },
    PatchVersion: { type: 'int', filterable: false, createable: false, updateable: false, nillable: true },
    BuildNumber: { type: 'int', filterable: false, createable: false, updateable: false, nillable: true },
    IsBeta: { type: 'boolean', filterable: false, createable: false, updateable: false, nillable: false },
    IsDeprecated: { type: 'boolean', filterable: false, createable: false, updateable: false, nillable: false },
    IsManaged: { type: 'boolean', filterable: false, createable: false, updateable: false, nillable: false },
    IsPasswordProtected: { type: 'boolean', filterable: false, createable: false, updateable: false, nillable: false },
    ReleaseState: { type: 'picklist', filterable: false, createable: false, updateable: false, nillable: true },
  },
  unsettled: {
    properties: ['createable', 'updateable'],
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
  },
};
