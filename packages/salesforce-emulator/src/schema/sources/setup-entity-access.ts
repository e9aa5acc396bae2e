import type { ObjectSource } from './object-source.js';

export const setupEntityAccessSource: ObjectSource = {
  object: 'SetupEntityAccess',
  describe: {
    repo: 'jawills/jira-sf-integration',
    path: '.sfdx/tools/soqlMetadata/standardObjects/SetupEntityAccess.json',
    commit: '53324ac67fadc1acf0297394ba496a409dda9351',
  },
  reference: {
    page: 'https://developer.salesforce.com/docs/atlas.en-us.264.0.object_reference.meta/object_reference/sforce_api_objects_setupentityaccess.htm',
    apiVersion: '68.0',
  },
  fields: {
    Id: { type: 'id', filterable: true, createable: false, updateable: false, nillable: false },
    ParentId: {
      type: 'reference',
      filterable: true,
      createable: true,
      updateable: false,
      nillable: false,
      referenceTo: ['PermissionSet'],
      relationshipName: 'Parent',
    },
    SetupEntityId: {
      type: 'reference',
      filterable: true,
      createable: true,
      updateable: false,
      nillable: false,
      referenceTo: [
        'ApexClass',
        'ApexPage',
        'ConnectedApplication',
        'CustomPermission',
        'ExternalDataSource',
        'NamedCredential',
        'OrgWideEmailAddress',
      ],
      relationshipName: 'SetupEntity',
    },
    SetupEntityType: { type: 'picklist', filterable: true, createable: false, updateable: false, nillable: true },
    SystemModstamp: { type: 'datetime', filterable: true, createable: false, updateable: false, nillable: false },
  },
};
