import { AUDIT_FIELDS, type ObjectSource } from './object-source.js';

export const remoteProxySource: ObjectSource = {
  object: 'RemoteProxy',
  reference: {
    page: 'https://developer.salesforce.com/docs/atlas.en-us.api_tooling.meta/api_tooling/tooling_api_objects_remoteproxy.htm',
    apiVersion: 'not read',
  },
  fields: {
    Id: { type: 'id', filterable: true, createable: false, updateable: false, nillable: false },
    SiteName: { type: 'string', filterable: true, createable: false, updateable: false, nillable: true },
    EndpointUrl: { type: 'url', filterable: true, createable: false, updateable: false, nillable: true },
    IsActive: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    DisableProtocolSecurity: { type: 'boolean', filterable: true, createable: false, updateable: false, nillable: false },
    Description: { type: 'textarea', filterable: false, createable: false, updateable: false, nillable: true },
    NamespacePrefix: { type: 'string', filterable: true, createable: false, updateable: false, nillable: true },
    ManageableState: { type: 'picklist', filterable: true, createable: false, updateable: false, nillable: true },
    FullName: { type: 'string', filterable: false, createable: true, updateable: false, nillable: true },
    Metadata: { type: 'complexvalue', filterable: false, createable: true, updateable: true, nillable: true },
    ...AUDIT_FIELDS,
  },
  unsettled: {
    properties: ['createable', 'updateable', 'type', 'filterable', 'nillable'],
    fields: [
      'SiteName',
      'EndpointUrl',
      'IsActive',
      'DisableProtocolSecurity',
      'Description',
      'NamespacePrefix',
      'ManageableState',
      'FullName',
      'Metadata',
    ],
  },
};
