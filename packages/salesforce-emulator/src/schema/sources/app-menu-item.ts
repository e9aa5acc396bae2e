import { AUDIT_FIELDS, type ObjectSource } from './object-source.js';

export const appMenuItemSource: ObjectSource = {
  object: 'AppMenuItem',
  describe: {
    repo: 'jawills/jira-sf-integration',
    path: '.sfdx/tools/soqlMetadata/standardObjects/AppMenuItem.json',
    commit: '53324ac67fadc1acf0297394ba496a409dda9351',
  },
  reference: {
    page: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_appmenuitem.htm',
    apiVersion: 'not read',
  },
  fields: {
    Id: { type: 'id', filterable: true, createable: false, updateable: false, nillable: false },
    ApplicationId: {
      type: 'reference',
      filterable: true,
      createable: false,
      updateable: false,
      nillable: true,
      referenceTo: [],
      relationshipName: null,
    },
    Name: { type: 'string', filterable: true, createable: false, updateable: false, nillable: true },
    Label: { type: 'string', filterable: true, createable: false, updateable: false, nillable: true },
    NamespacePrefix: { type: 'string', filterable: true, createable: false, updateable: false, nillable: true },
    Type: { type: 'picklist', filterable: true, createable: false, updateable: false, nillable: true },
    IsUsingAdminAuthorization: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    IsAccessible: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    IsVisible: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    StartUrl: { type: 'url', filterable: true, createable: false, updateable: false, nillable: true },
    Description: { type: 'string', filterable: true, createable: false, updateable: false, nillable: true },
    SortOrder: { type: 'int', filterable: true, createable: false, updateable: false, nillable: false },
    ...AUDIT_FIELDS,
  },
  unsettled: {
    properties: ['createable', 'updateable'],
    fields: [
      'ApplicationId',
      'Name',
      'Label',
      'NamespacePrefix',
      'Type',
      'IsUsingAdminAuthorization',
      'IsAccessible',
      'IsVisible',
      'StartUrl',
      'Description',
      'SortOrder',
    ],
  },
};
