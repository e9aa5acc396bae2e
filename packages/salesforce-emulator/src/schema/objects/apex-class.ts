import { defineObject } from '../define-object.js';
import { readOnly } from '../field.js';

/** OBJ sforce_api_objects_apexclass.htm. Writes go through Tooling/Metadata deploys, not emulated. */
export const apexClass = defineObject({
  name: 'ApexClass',
  source: 'OBJ sforce_api_objects_apexclass.htm',
  keyPrefix: '01p',
  apis: ['data', 'tooling'],
  fields: [
    readOnly('Name', 'string', { nillable: false }),
    readOnly('NamespacePrefix', 'string'),
    readOnly('Status', 'picklist', { picklistValues: ['Active', 'Deleted', 'Inactive'] }),
    readOnly('IsValid', 'boolean'),
    readOnly('ApiVersion', 'double'),
    readOnly('LengthWithoutComments', 'int'),
    readOnly('Body', 'textarea', { filterable: false }),
  ],
});
