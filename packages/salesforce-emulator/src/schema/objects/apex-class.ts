import { defineObject } from '../define-object.js';
import { apexClassSource } from '../sources/apex-class.js';

/** Read-only here: writes go through Tooling/Metadata deploys, not emulated. */
export const apexClass = defineObject({
  name: 'ApexClass',
  source: apexClassSource,
  keyPrefix: '01p',
  apis: ['data', 'tooling'],
  fields: [
    'Name',
    'NamespacePrefix',
    ['Status', { picklistValues: ['Active', 'Deleted', 'Inactive'] }],
    'IsValid',
    'ApiVersion',
    'LengthWithoutComments',
    'Body',
  ],
});
