import { AUDIT_FIELDS, type ObjectSource } from './object-source.js';

export const apexPageSource: ObjectSource = {
  object: 'ApexPage',
  describe: {
    repo: 'jawills/jira-sf-integration',
    path: '.sfdx/tools/soqlMetadata/standardObjects/ApexPage.json',
    commit: '53324ac67fadc1acf0297394ba496a409dda9351',
  },
  reference: {
    page: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_apexpage.htm',
    apiVersion: 'not read',
  },
  fields: {
    Id: { type: 'id', filterable: true, createable: false, updateable: false, nillable: false },
    Name: { type: 'string', filterable: true, createable: false, updateable: false, nillable: false },
    MasterLabel: { type: 'string', filterable: true, createable: false, updateable: false, nillable: false },
    NamespacePrefix: { type: 'string', filterable: true, createable: false, updateable: false, nillable: true },
    ApiVersion: { type: 'double', filterable: true, createable: false, updateable: false, nillable: false },
    ControllerType: { type: 'picklist', filterable: true, createable: false, updateable: false, nillable: false },
    Markup: { type: 'textarea', filterable: false, createable: false, updateable: false, nillable: false },
    ...AUDIT_FIELDS,
  },
  unsettled: {
    properties: ['createable', 'updateable'],
    fields: ['Name', 'MasterLabel', 'NamespacePrefix', 'ApiVersion', 'ControllerType', 'Markup'],
  },
};
