import { AUDIT_FIELDS, type ObjectSource } from './object-source.js';

export const objectPermissionsSource: ObjectSource = {
  object: 'ObjectPermissions',
  describe: {
    repo: 'jawills/jira-sf-integration',
    path: '.sfdx/tools/soqlMetadata/standardObjects/ObjectPermissions.json',
    commit: '53324ac67fadc1acf0297394ba496a409dda9351',
  },
  reference: {
    page: 'https://developer.salesforce.com/docs/atlas.en-us.222.0.api.meta/object_ref/sforce_api_objects_objectpermissions.htm',
    apiVersion: '47.0',
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
    PermissionsRead: { type: 'boolean', filterable: true, createable: true, updateable: true, nillable: false },
    PermissionsCreate: { type: 'boolean', filterable: true, createable: true, updateable: true, nillable: false },
    PermissionsEdit: { type: 'boolean', filterable: true, createable: true, updateable: true, nillable: false },
    PermissionsDelete: { type: 'boolean', filterable: true, createable: true, updateable: true, nillable: false },
    PermissionsViewAllRecords: { type: 'boolean', filterable: true, createable: true, updateable: true, nillable: false },
    PermissionsModifyAllRecords: { type: 'boolean', filterable: true, createable: true, updateable: true, nillable: false },
    ...AUDIT_FIELDS,
  },
  unsettled: { properties: ['createable', 'updateable'], fields: ['SobjectType', 'PermissionsRead', 'PermissionsViewAllRecords'] },
};
