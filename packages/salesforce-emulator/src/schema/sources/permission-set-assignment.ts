import type { ObjectSource } from './object-source.js';

export const permissionSetAssignmentSource: ObjectSource = {
  object: 'PermissionSetAssignment',
  describe: {
    repo: 'jawills/jira-sf-integration',
    path: '.sfdx/tools/soqlMetadata/standardObjects/PermissionSetAssignment.json',
    commit: '53324ac67fadc1acf0297394ba496a409dda9351',
  },
  reference: {
    page: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_permissionsetassignment.htm',
    apiVersion: 'unknown',
    readIn: 'koichiro-o/wip salesforce/standard_objects/PermissionSetAssignment.md',
  },
  fields: {
    Id: { type: 'id', filterable: true, createable: false, updateable: false, nillable: false },
    AssigneeId: {
      type: 'reference',
      filterable: true,
      createable: true,
      updateable: false,
      nillable: false,
      referenceTo: ['User'],
      relationshipName: 'Assignee',
    },
    PermissionSetId: {
      type: 'reference',
      filterable: true,
      createable: true,
      updateable: false,
      nillable: true,
      referenceTo: ['PermissionSet'],
      relationshipName: 'PermissionSet',
    },
    PermissionSetGroupId: {
      type: 'reference',
      filterable: true,
      createable: true,
      updateable: false,
      nillable: true,
      referenceTo: ['PermissionSetGroup'],
      relationshipName: 'PermissionSetGroup',
    },
    ExpirationDate: { type: 'datetime', filterable: true, createable: true, updateable: true, nillable: true },
    IsRevoked: { type: 'boolean', filterable: true, createable: false, updateable: true, nillable: false },
    IsActive: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    SystemModstamp: { type: 'datetime', filterable: true, createable: false, updateable: false, nillable: false },
  },
};
