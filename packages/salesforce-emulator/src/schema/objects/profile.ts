import { defineObject } from '../define-object.js';
import { readOnly } from '../field.js';

/**
 * OBJ sforce_api_objects_profile.htm. Salesforce allows some profile updates through the API, but the
 * audit only reads profiles and changes access through the profile-owned PermissionSet, so the
 * emulator treats Profile as read-only.
 */
export const profile = defineObject({
  name: 'Profile',
  source: 'OBJ sforce_api_objects_profile.htm',
  keyPrefix: '00e',
  fields: [
    readOnly('Name', 'string', { nillable: false }),
    readOnly('Description', 'string'),
    readOnly('UserType', 'picklist'),
    readOnly('UserLicenseId', 'reference', { referenceTo: ['UserLicense'], relationshipName: 'UserLicense', nillable: false }),
    readOnly('PermissionsModifyAllData', 'boolean'),
    readOnly('PermissionsViewAllData', 'boolean'),
    readOnly('PermissionsViewSetup', 'boolean'),
    readOnly('PermissionsCustomizeApplication', 'boolean'),
    readOnly('PermissionsManageUsers', 'boolean'),
    readOnly('PermissionsApiEnabled', 'boolean'),
  ],
});
