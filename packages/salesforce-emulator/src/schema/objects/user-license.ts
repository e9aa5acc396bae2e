import { defineObject } from '../define-object.js';
import { readOnly } from '../field.js';

/** OBJ sforce_api_objects_userlicense.htm: read-only. */
export const userLicense = defineObject({
  name: 'UserLicense',
  source: 'OBJ sforce_api_objects_userlicense.htm',
  keyPrefix: '100',
  fields: [
    readOnly('Name', 'string', { nillable: false }),
    readOnly('MasterLabel', 'string', { nillable: false }),
    readOnly('LicenseDefinitionKey', 'string', { nillable: false }),
    readOnly('Status', 'picklist'),
    readOnly('TotalLicenses', 'int', { nillable: false }),
    readOnly('UsedLicenses', 'int', { nillable: false }),
  ],
});
