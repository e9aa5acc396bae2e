import { AUDIT_FIELDS, type ObjectSource } from './object-source.js';

export const permissionSetGroupComponentSource: ObjectSource = {
  object: 'PermissionSetGroupComponent',
  describe: {
    repo: 'jawills/jira-sf-integration',
    path: '.sfdx/tools/soqlMetadata/standardObjects/PermissionSetGroupComponent.json',
    commit: '53324ac67fadc1acf0297394ba496a409dda9351',
  },
  reference: {
    page: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_permissionsetgroupcomponent.htm',
    apiVersion: 'not read',
  },
  fields: {
    Id: { type: 'id', filterable: true, createable: false, updateable: false, nillable: false },
    PermissionSetGroupId: {
      type: 'reference',
      filterable: true,
      createable: true,
      updateable: false,
      nillable: false,
      referenceTo: ['PermissionSetGroup'],
      relationshipName: 'PermissionSetGroup',
    },
    PermissionSetId: {
      type: 'reference',
      filterable: true,
      createable: true,
      updateable: false,
      nillable: false,
      referenceTo: ['PermissionSet'],
      relationshipName: 'PermissionSet',
    },
    IsDeleted: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    ...AUDIT_FIELDS,
  },
  unsettled: { properties: ['createable', 'updateable'], fields: ['PermissionSetGroupId', 'PermissionSetId', 'IsDeleted'] },
};
