import { defineObject } from '../define-object.js';
import { userPackageLicenseSource } from '../sources/user-package-license.js';

/** Both references are set on create, neither updated. */
export const userPackageLicense = defineObject({
  name: 'UserPackageLicense',
  source: userPackageLicenseSource,
  keyPrefix: '051',
  calls: ['create', 'update', 'delete'],
  fields: ['PackageLicenseId', 'UserId'],
});
