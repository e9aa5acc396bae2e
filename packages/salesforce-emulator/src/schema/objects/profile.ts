import { defineObject } from '../define-object.js';
import { profileSource } from '../sources/profile.js';

/**
 * Salesforce allows some profile writes through the API, but the audit only reads profiles and changes
 * access through the profile-owned PermissionSet, so the emulator offers no DML on Profile.
 */
export const profile = defineObject({
  name: 'Profile',
  source: profileSource,
  keyPrefix: '00e',
  fields: [
    'Name',
    'Description',
    'UserType',
    'UserLicenseId',
    'PermissionsModifyAllData',
    'PermissionsViewAllData',
    'PermissionsViewSetup',
    'PermissionsCustomizeApplication',
    'PermissionsManageUsers',
    'PermissionsApiEnabled',
  ],
});
