import type { ObjectSource } from './object-source.js';

export const userLicenseSource: ObjectSource = {
  object: 'UserLicense',
  describe: {
    repo: 'jawills/jira-sf-integration',
    path: '.sfdx/tools/soqlMetadata/standardObjects/UserLicense.json',
    commit: '53324ac67fadc1acf0297394ba496a409dda9351',
  },
  reference: {
    page: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_userlicense.htm',
    apiVersion: 'not read',
  },
  fields: {
    Id: { type: 'id', filterable: true, createable: false, updateable: false, nillable: false },
    Name: { type: 'string', filterable: true, createable: false, updateable: false, nillable: false },
    MasterLabel: { type: 'string', filterable: true, createable: false, updateable: false, nillable: false },
    LicenseDefinitionKey: { type: 'string', filterable: true, createable: false, updateable: false, nillable: false },
    Status: { type: 'picklist', filterable: true, createable: false, updateable: false, nillable: false },
    TotalLicenses: { type: 'int', filterable: true, createable: false, updateable: false, nillable: false },
    UsedLicenses: { type: 'int', filterable: true, createable: false, updateable: false, nillable: false },
    CreatedDate: { type: 'datetime', filterable: true, createable: false, updateable: false, nillable: false },
    LastModifiedDate: { type: 'datetime', filterable: true, createable: false, updateable: false, nillable: false },
    SystemModstamp: { type: 'datetime', filterable: true, createable: false, updateable: false, nillable: false },
  },
  unsettled: {
    properties: ['createable', 'updateable'],
    fields: ['Name', 'MasterLabel', 'LicenseDefinitionKey', 'Status', 'TotalLicenses', 'UsedLicenses'],
  },
};
