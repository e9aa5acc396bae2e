import { AUDIT_FIELDS, type ObjectSource } from './object-source.js';

export const apexClassSource: ObjectSource = {
  object: 'ApexClass',
  describe: {
    repo: 'jawills/jira-sf-integration',
    path: '.sfdx/tools/soqlMetadata/standardObjects/ApexClass.json',
    commit: '53324ac67fadc1acf0297394ba496a409dda9351',
  },
  reference: {
    page: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_apexclass.htm',
    apiVersion: 'latest (67.0 when read)',
  },
  fields: {
    Id: { type: 'id', filterable: true, createable: false, updateable: false, nillable: false },
    Name: { type: 'string', filterable: true, createable: true, updateable: true, nillable: false },
    NamespacePrefix: { type: 'string', filterable: true, createable: false, updateable: false, nillable: true },
    Status: { type: 'picklist', filterable: true, createable: false, updateable: false, nillable: false },
    IsValid: { type: 'boolean', filterable: true, createable: true, updateable: true, nillable: false },
    ApiVersion: { type: 'double', filterable: true, createable: true, updateable: true, nillable: false },
    LengthWithoutComments: { type: 'int', filterable: true, createable: true, updateable: true, nillable: false },
    Body: { type: 'textarea', filterable: false, createable: true, updateable: true, nillable: true },
    ...AUDIT_FIELDS,
  },
  unsettled: { properties: ['createable', 'updateable'], fields: ['Status'] },
};
