import type { ObjectSource } from './object-source.js';

export const permissionSetTabSettingSource: ObjectSource = {
  object: 'PermissionSetTabSetting',
  describe: {
    repo: 'jawills/jira-sf-integration',
    path: '.sfdx/tools/soqlMetadata/standardObjects/PermissionSetTabSetting.json',
    commit: '53324ac67fadc1acf0297394ba496a409dda9351',
  },
  reference: {
    page: 'https://developer.salesforce.com/docs/atlas.en-us.224.0.api.meta/object_ref/sforce_api_objects_permissionsettabsetting.htm',
    apiVersion: '48.0',
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
    Name: { type: 'string', filterable: true, createable: true, updateable: false, nillable: false },
    Visibility: { type: 'picklist', filterable: true, createable: true, updateable: true, nillable: false },
    SystemModstamp: { type: 'datetime', filterable: true, createable: false, updateable: false, nillable: false },
  },
};
