import rule from '../../../src/rules/install/admins-only.js';
import { packageAbsent, unreadable } from '../../harness/fixtures.js';
import { ruleTester } from '../../harness/rule-tester.js';
import { addRows, clean, ids, withRecords } from '../../harness/snapshots.js';

const row = (Id: string, SobjectType: string) => ({
  Id,
  ParentId: ids.standardPs,
  SobjectType,
  PermissionsRead: true,
  PermissionsCreate: true,
  PermissionsEdit: true,
  PermissionsDelete: true,
  PermissionsViewAllRecords: false,
  PermissionsModifyAllRecords: false,
});
const forAllUsers = withRecords(clean(), {
  ObjectPermissions: addRows(
    row('1105g0000000801AAA', 'ONB2__Invoice__c'),
    row('1105g0000000802AAA', 'ONB2__Balance__c'),
    row('1105g0000000803AAA', 'Account'),
  ),
});

ruleTester(rule, {
  valid: [
    { name: 'only the admin profile (Modify All Data, 000 rows) grants ONB2 access' },
    { name: 'a profile allowed in the options', snapshot: forAllUsers, options: { allowedProfiles: ['Standard User'] } },
    { name: 'permission sets may grant ONB2 access', snapshot: clean() },
    { name: 'package absent', snapshot: packageAbsent(forAllUsers), status: 'not-applicable' },
    { name: 'ObjectPermissions unreadable', snapshot: unreadable(forAllUsers, 'records.ObjectPermissions'), status: 'inconclusive' },
  ],
  invalid: [
    {
      name: 'the Standard User profile grants ONB2 objects',
      snapshot: forAllUsers,
      findings: [
        {
          messageId: 'profileGrants',
          resourceType: 'Profile',
          resourceId: ids.standardProfile,
          resourceName: 'Standard User',
          message:
            "Profile 'Standard User' grants access to 2 ONB2 object(s) (ONB2__Balance__c, ONB2__Invoice__c); this suggests the package was installed for all users.",
        },
      ],
    },
  ],
});
