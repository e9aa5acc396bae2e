import { defineObject } from '../define-object.js';
import { field, flags, readOnly } from '../field.js';

/** OBJ sforce_api_objects_csptrustedsite.htm (48.0+): full DML. */
export const cspTrustedSite = defineObject({
  name: 'CspTrustedSite',
  source: 'OBJ sforce_api_objects_csptrustedsite.htm',
  keyPrefix: '08y',
  calls: ['create', 'update', 'delete'],
  fields: [
    field('DeveloperName', 'string', { nillable: false }),
    field('MasterLabel', 'string'),
    field('EndpointUrl', 'url', { nillable: false }),
    field('IsActive', 'boolean', { defaultValue: true }),
    field('Context', 'picklist', {
      defaultValue: 'All',
      picklistValues: ['All', 'LEX', 'Communities', 'FieldServiceMobileExtension'],
    }),
    field('Description', 'textarea', { filterable: false }),
    readOnly('NamespacePrefix', 'string'),
    ...flags(
      [
        'IsApplicableToConnectSrc',
        'IsApplicableToFrameSrc',
        'IsApplicableToImgSrc',
        'IsApplicableToStyleSrc',
        'IsApplicableToFontSrc',
        'IsApplicableToMediaSrc',
      ],
      { defaultValue: true },
    ),
  ],
});
