import { AUDIT_FIELDS, type ObjectSource } from './object-source.js';

export const connectedApplicationSource: ObjectSource = {
  object: 'ConnectedApplication',
  describe: {
    repo: 'jawills/jira-sf-integration',
    path: '.sfdx/tools/soqlMetadata/standardObjects/ConnectedApplication.json',
    commit: '53324ac67fadc1acf0297394ba496a409dda9351',
  },
  reference: {
    page: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_connectedapplication.htm',
    apiVersion: 'not read',
  },
  fields: {
    Id: { type: 'id', filterable: true, createable: false, updateable: false, nillable: false },
    Name: { type: 'string', filterable: true, createable: false, updateable: false, nillable: false },
    OptionsAllowAdminApprovedUsersOnly: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    OptionsRefreshTokenValidityMetric: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    OptionsHasSessionLevelPolicy: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    RefreshTokenValidityPeriod: { type: 'int', filterable: true, createable: false, updateable: false, nillable: true },
    StartUrl: { type: 'url', filterable: true, createable: false, updateable: false, nillable: true },
    MobileStartUrl: { type: 'url', filterable: true, createable: false, updateable: false, nillable: true },
    PinLength: { type: 'picklist', filterable: true, createable: false, updateable: false, nillable: true },
    MobileSessionTimeout: { type: 'picklist', filterable: true, createable: false, updateable: false, nillable: true },
    ...AUDIT_FIELDS,
  },
  unsettled: {
    properties: ['createable', 'updateable'],
    fields: [
      'Name',
      'OptionsAllowAdminApprovedUsersOnly',
      'OptionsRefreshTokenValidityMetric',
      'OptionsHasSessionLevelPolicy',
      'RefreshTokenValidityPeriod',
      'StartUrl',
      'MobileStartUrl',
      'PinLength',
      'MobileSessionTimeout',
    ],
  },
};
