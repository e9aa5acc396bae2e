import { defineObject } from '../define-object.js';
import { readOnly } from '../field.js';

/** OBJ sforce_api_objects_apexpage.htm. */
export const apexPage = defineObject({
  name: 'ApexPage',
  source: 'OBJ sforce_api_objects_apexpage.htm',
  keyPrefix: '066',
  apis: ['data', 'tooling'],
  fields: [
    readOnly('Name', 'string', { nillable: false }),
    readOnly('MasterLabel', 'string'),
    readOnly('NamespacePrefix', 'string'),
    readOnly('ApiVersion', 'double'),
    readOnly('ControllerType', 'picklist'),
    readOnly('Markup', 'textarea', { filterable: false }),
  ],
});
