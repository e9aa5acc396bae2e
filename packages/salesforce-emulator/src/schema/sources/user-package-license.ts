import { AUDIT_FIELDS, type ObjectSource } from './object-source.js';

export const userPackageLicenseSource: ObjectSource = {
  object: 'UserPackageLicense',
  describe: {
    repo: 'jawills/jira-sf-integration',
    path: '.sfdx/tools/soqlMetadata/standardObjects/UserPackageLicense.json',
    commit: '53324ac67fadc1acf0297394ba496a409dda9351',
  },
  reference: {
    page: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_userpackagelicense.htm',
    apiVersion: 'not read',
  },
  fields: {
    Id: { type: 'id', filterable: true, createable: false, updateable: false, nillable: false },
    PackageLicenseId: {
      type: 'reference',
      filterable: true,
      createable: true,
      updateable: false,
      nillable: false,
      referenceTo: ['PackageLicense'],
      relationshipName: 'PackageLicense',
    },
    UserId: {
      type: 'reference',
      filterable: true,
      createable: true,
      updateable: false,
      nillable: false,
      referenceTo: ['User'],
      relationshipName: 'User',
    },
    ...AUDIT_FIELDS,
  },
  unsettled: { properties: ['createable', 'updateable'], fields: ['PackageLicenseId', 'UserId'] },
};
