import { AUDIT_FIELDS, type ObjectSource } from './object-source.js';

export const permissionSetGroupSource: ObjectSource = {
  object: 'PermissionSetGroup',
  describe: {
    repo: 'jawills/jira-sf-integration',
    path: '.sfdx/tools/soqlMetadata/standardObjects/PermissionSetGroup.json',
    commit: '53324ac67fadc1acf0297394ba496a409dda9351',
  },
  reference: {
    page: 'https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-permissionsetgroup.html',
    apiVersion: 'latest (67.0 when read)',
  },
  fields: {
    Id: { type: 'id', filterable: true, createable: false, updateable: false, nillable: false },
    DeveloperName: { type: 'string', filterable: true, createable: true, updateable: true, nillable: false },
    MasterLabel: { type: 'string', filterable: true, createable: true, updateable: true, nillable: false },
    Description: { type: 'textarea', filterable: true, createable: true, updateable: true, nillable: true },
    NamespacePrefix: { type: 'string', filterable: true, createable: false, updateable: false, nillable: true },
    Status: { type: 'picklist', filterable: true, createable: false, updateable: false, nillable: false },
    HasActivationRequired: { type: 'boolean', filterable: true, createable: true, updateable: true, nillable: false },
    ...AUDIT_FIELDS,
  },
  unsettled: { properties: ['createable', 'updateable'], fields: ['MasterLabel', 'NamespacePrefix', 'Status'] },
};
