import type { ObjectSource } from './object-source.js';

export const fieldPermissionsSource: ObjectSource = {
  object: 'FieldPermissions',
  describe: {
    repo: 'jawills/jira-sf-integration',
    path: '.sfdx/tools/soqlMetadata/standardObjects/FieldPermissions.json',
    commit: '53324ac67fadc1acf0297394ba496a409dda9351',
  },
  reference: {
    page: 'https://developer.salesforce.com/docs/atlas.en-us.218.0.object_reference.meta/object_reference/sforce_api_objects_fieldpermissions.htm',
    apiVersion: '45.0',
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
    SobjectType: { type: 'picklist', filterable: true, createable: true, updateable: false, nillable: false },
    Field: { type: 'picklist', filterable: true, createable: true, updateable: false, nillable: false },
    PermissionsRead: { type: 'boolean', filterable: true, createable: true, updateable: true, nillable: false },
    PermissionsEdit: { type: 'boolean', filterable: true, createable: true, updateable: true, nillable: false },
    SystemModstamp: { type: 'datetime', filterable: true, createable: false, updateable: false, nillable: false },
  },
};
