import type { ObjectSource } from './object-source.js';

export const packageLicenseSource: ObjectSource = {
  object: 'PackageLicense',
  describe: {
    repo: 'jawills/jira-sf-integration',
    path: '.sfdx/tools/soqlMetadata/standardObjects/PackageLicense.json',
    commit: '53324ac67fadc1acf0297394ba496a409dda9351',
  },
  reference: {
    page: 'https://developer.salesforce.com/docs/atlas.en-us.246.0.api.meta/api/sforce_api_objects_packagelicense.htm',
    apiVersion: '59.0',
  },
  fields: {
    Id: { type: 'id', filterable: true, createable: false, updateable: false, nillable: false },
    NamespacePrefix: { type: 'string', filterable: true, createable: false, updateable: false, nillable: false },
    Status: { type: 'picklist', filterable: true, createable: false, updateable: false, nillable: false },
    AllowedLicenses: { type: 'int', filterable: true, createable: false, updateable: false, nillable: false },
    UsedLicenses: { type: 'int', filterable: true, createable: false, updateable: false, nillable: false },
    ExpirationDate: { type: 'datetime', filterable: true, createable: false, updateable: false, nillable: true },
    IsAvailableForIntegrations: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    IsProvisioned: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    CreatedDate: { type: 'datetime', filterable: true, createable: false, updateable: false, nillable: false },
    LastModifiedDate: { type: 'datetime', filterable: true, createable: false, updateable: false, nillable: false },
    SystemModstamp: { type: 'datetime', filterable: true, createable: false, updateable: false, nillable: false },
  },
};
