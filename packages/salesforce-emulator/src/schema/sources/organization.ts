import { AUDIT_FIELDS, type ObjectSource } from './object-source.js';

export const organizationSource: ObjectSource = {
  object: 'Organization',
  describe: {
    repo: 'jawills/jira-sf-integration',
    path: '.sfdx/tools/soqlMetadata/standardObjects/Organization.json',
    commit: '53324ac67fadc1acf0297394ba496a409dda9351',
  },
  reference: {
    page: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_organization.htm',
    apiVersion: 'not read',
  },
  fields: {
    Id: { type: 'id', filterable: true, createable: false, updateable: false, nillable: false },
    Name: { type: 'string', filterable: true, createable: false, updateable: false, nillable: false },
    Division: { type: 'string', filterable: true, createable: false, updateable: false, nillable: true },
    OrganizationType: { type: 'picklist', filterable: true, createable: false, updateable: false, nillable: true },
    IsSandbox: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    IsReadOnly: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    InstanceName: { type: 'string', filterable: true, createable: false, updateable: false, nillable: true },
    TrialExpirationDate: { type: 'datetime', filterable: true, createable: false, updateable: false, nillable: true },
    NamespacePrefix: { type: 'string', filterable: true, createable: false, updateable: false, nillable: true },
    LanguageLocaleKey: { type: 'picklist', filterable: true, createable: false, updateable: false, nillable: false },
    DefaultLocaleSidKey: { type: 'picklist', filterable: true, createable: false, updateable: false, nillable: false },
    TimeZoneSidKey: { type: 'picklist', filterable: true, createable: false, updateable: false, nillable: false },
    Country: { type: 'string', filterable: true, createable: false, updateable: false, nillable: true },
    PrimaryContact: { type: 'string', filterable: true, createable: false, updateable: false, nillable: true },
    ...AUDIT_FIELDS,
  },
  unsettled: {
    properties: ['createable', 'updateable'],
    fields: [
      'Name',
      'Division',
      'OrganizationType',
      'IsSandbox',
      'IsReadOnly',
      'InstanceName',
      'TrialExpirationDate',
      'NamespacePrefix',
      'LanguageLocaleKey',
      'DefaultLocaleSidKey',
      'TimeZoneSidKey',
      'Country',
      'PrimaryContact',
    ],
  },
};
