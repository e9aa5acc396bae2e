import { AUDIT_FIELDS, type ObjectSource } from './object-source.js';

export const cspTrustedSiteSource: ObjectSource = {
  object: 'CspTrustedSite',
  describe: {
    repo: 'jawills/jira-sf-integration',
    path: '.sfdx/tools/soqlMetadata/standardObjects/CspTrustedSite.json',
    commit: '53324ac67fadc1acf0297394ba496a409dda9351',
  },
  reference: {
    page: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_csptrustedsite.htm',
    apiVersion: 'not read',
  },
  fields: {
    Id: { type: 'id', filterable: true, createable: false, updateable: false, nillable: false },
    DeveloperName: { type: 'string', filterable: true, createable: true, updateable: true, nillable: false },
    MasterLabel: { type: 'string', filterable: true, createable: true, updateable: true, nillable: false },
    EndpointUrl: { type: 'string', filterable: true, createable: true, updateable: true, nillable: false },
    IsActive: { type: 'boolean', filterable: true, createable: true, updateable: true, nillable: false },
    Context: { type: 'picklist', filterable: true, createable: true, updateable: true, nillable: false },
    Description: { type: 'textarea', filterable: true, createable: true, updateable: true, nillable: true },
    NamespacePrefix: { type: 'string', filterable: true, createable: false, updateable: false, nillable: true },
    IsApplicableToConnectSrc: { type: 'boolean', filterable: true, createable: true, updateable: true, nillable: false },
    IsApplicableToFrameSrc: { type: 'boolean', filterable: true, createable: true, updateable: true, nillable: false },
    IsApplicableToImgSrc: { type: 'boolean', filterable: true, createable: true, updateable: true, nillable: false },
    IsApplicableToStyleSrc: { type: 'boolean', filterable: true, createable: true, updateable: true, nillable: false },
    IsApplicableToFontSrc: { type: 'boolean', filterable: true, createable: true, updateable: true, nillable: false },
    IsApplicableToMediaSrc: { type: 'boolean', filterable: true, createable: true, updateable: true, nillable: false },
    ...AUDIT_FIELDS,
  },
  unsettled: {
    properties: ['createable', 'updateable'],
    fields: [
      'DeveloperName',
      'MasterLabel',
      'EndpointUrl',
      'IsActive',
      'Context',
      'Description',
      'NamespacePrefix',
      'IsApplicableToConnectSrc',
      'IsApplicableToFrameSrc',
      'IsApplicableToImgSrc',
      'IsApplicableToStyleSrc',
      'IsApplicableToFontSrc',
      'IsApplicableToMediaSrc',
    ],
  },
};
