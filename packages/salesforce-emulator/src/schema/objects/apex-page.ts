import { defineObject } from '../define-object.js';
import { apexPageSource } from '../sources/apex-page.js';

export const apexPage = defineObject({
  name: 'ApexPage',
  source: apexPageSource,
  keyPrefix: '066',
  apis: ['data', 'tooling'],
  fields: ['Name', 'MasterLabel', 'NamespacePrefix', 'ApiVersion', 'ControllerType', 'Markup'],
});
