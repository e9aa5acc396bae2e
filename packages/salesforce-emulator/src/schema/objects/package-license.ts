import { defineObject } from '../define-object.js';
import { readOnly } from '../field.js';

/** OBJ sforce_api_objects_packagelicense.htm (31.0+): read-only. AllowedLicenses -1 = site licence. */
export const packageLicense = defineObject({
  name: 'PackageLicense',
  source: 'OBJ sforce_api_objects_packagelicense.htm',
  keyPrefix: '050',
  fields: [
    readOnly('NamespacePrefix', 'string', { nillable: false }),
    readOnly('Status', 'picklist', { picklistValues: ['Active', 'Expired', 'Free', 'Trial'] }),
    readOnly('AllowedLicenses', 'int', { nillable: false }),
    readOnly('UsedLicenses', 'int', { nillable: false }),
    readOnly('ExpirationDate', 'datetime'),
    readOnly('IsAvailableForIntegrations', 'boolean'),
    readOnly('IsProvisioned', 'boolean'),
  ],
});
