import { AUDIT_FIELDS, type ObjectSource } from './object-source.js';

export const profileSource: ObjectSource = {
  object: 'Profile',
  describe: {
    repo: 'jawills/jira-sf-integration',
    path: '.sfdx/tools/soqlMetadata/standardObjects/Profile.json',
    commit: '53324ac67fadc1acf0297394ba496a409dda9351',
  },
  reference: {
    page: 'https://developer.salesforce.com/docs/atlas.ja-jp.api.meta/api/sforce_api_objects_profile.htm',
    apiVersion: 'latest (67.0 when read)',
  },
  fields: {
    Id: { type: 'id', filterable: true, createable: false, updateable: false, nillable: false },
    Name: { type: 'string', filterable: true, createable: true, updateable: true, nillable: false },
    Description: { type: 'string', filterable: true, createable: true, updateable: true, nillable: true },
    UserType: { type: 'picklist', filterable: true, createable: false, updateable: false, nillable: true },
    UserLicenseId: {
      type: 'reference',
      filterable: true,
      createable: false,
      updateable: false,
      nillable: false,
      referenceTo: ['UserLicense'],
      relationshipName: 'UserLicense',
    },
    PermissionsModifyAllData: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    PermissionsViewAllData: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    PermissionsViewSetup: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    PermissionsCustomizeApplication: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    PermissionsManageUsers: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    PermissionsApiEnabled: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    ...AUDIT_FIELDS,
  },
  unsettled: {
    properties: ['createable', 'updateable'],
    fields: [
      'UserType',
      'UserLicenseId',
      'PermissionsModifyAllData',
      'PermissionsViewAllData',
      'PermissionsViewSetup',
      'PermissionsCustomizeApplication',
      'PermissionsManageUsers',
      'PermissionsApiEnabled',
    ],
  },
};
