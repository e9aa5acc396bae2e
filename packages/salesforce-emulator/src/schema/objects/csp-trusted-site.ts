import { defineObject } from '../define-object.js';
import { cspTrustedSiteSource } from '../sources/csp-trusted-site.js';

/** Full DML (48.0+). */
export const cspTrustedSite = defineObject({
  name: 'CspTrustedSite',
  source: cspTrustedSiteSource,
  keyPrefix: '08y',
  calls: ['create', 'update', 'delete'],
  fields: [
    'DeveloperName',
    'MasterLabel',
    'EndpointUrl',
    ['IsActive', { defaultValue: true }],
    ['Context', { defaultValue: 'All', picklistValues: ['All', 'LEX', 'Communities', 'FieldServiceMobileExtension'] }],
    'Description',
    'NamespacePrefix',
    ...[
      'IsApplicableToConnectSrc',
      'IsApplicableToFrameSrc',
      'IsApplicableToImgSrc',
      'IsApplicableToStyleSrc',
      'IsApplicableToFontSrc',
      'IsApplicableToMediaSrc',
    ].map((name): [string, { defaultValue: boolean }] => [name, { defaultValue: true }]),
  ],
});
