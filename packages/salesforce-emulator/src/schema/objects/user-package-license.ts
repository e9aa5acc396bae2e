import { defineObject } from '../define-object.js';
import { lookup } from '../field.js';

/** OBJ sforce_api_objects_userpackagelicense.htm: both references createable, neither updateable. */
export const userPackageLicense = defineObject({
  name: 'UserPackageLicense',
  source: 'OBJ sforce_api_objects_userpackagelicense.htm',
  keyPrefix: '051',
  calls: ['create', 'update', 'delete'],
  fields: [
    lookup('PackageLicenseId', 'PackageLicense', 'PackageLicense', { updateable: false }),
    lookup('UserId', 'User', 'User', { updateable: false }),
  ],
});
