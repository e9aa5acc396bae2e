import { defineObject } from '../define-object.js';
import { userLicenseSource } from '../sources/user-license.js';

/** Read-only. */
export const userLicense = defineObject({
  name: 'UserLicense',
  source: userLicenseSource,
  keyPrefix: '100',
  fields: ['Name', 'MasterLabel', 'LicenseDefinitionKey', 'Status', 'TotalLicenses', 'UsedLicenses'],
});
