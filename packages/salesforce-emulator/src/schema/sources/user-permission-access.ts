import type { ObjectSource } from './object-source.js';

export const userPermissionAccessSource: ObjectSource = {
  object: 'UserPermissionAccess',
  describe: {
    repo: 'jawills/jira-sf-integration',
    path: '.sfdx/tools/soqlMetadata/standardObjects/UserPermissionAccess.json',
    commit: '53324ac67fadc1acf0297394ba496a409dda9351',
  },
  reference: {
    page: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_userpermissionaccess.htm',
    apiVersion: 'unknown',
    readIn: 'koichiro-o/wip salesforce/standard_objects/UserPermissionAccess.md',
  },
  fields: {
    Id: { type: 'id', filterable: true, createable: false, updateable: false, nillable: false },
    LastCacheUpdate: { type: 'datetime', filterable: true, createable: false, updateable: false, nillable: true },
    PermissionsApiEnabled: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    PermissionsViewSetup: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    PermissionsModifyAllData: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    PermissionsModifyMetadata: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    PermissionsCustomizeApplication: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    PermissionsManageUsers: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    PermissionsAssignPermissionSets: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    PermissionsManageProfilesPermissionsets: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
  },
};
