import rule from '../../../src/rules/access/balance-object.js';
import {
  activate,
  balanceViaGroup,
  balanceViaProfile,
  notCollected,
  packageAbsent,
  unreadable,
  withoutBalancePs,
} from '../../harness/fixtures.js';
import { ruleTester } from '../../harness/rule-tester.js';
import { clean, dropRows, ids, patchRow, withRecords } from '../../harness/snapshots.js';

const noAdminRows = withRecords(clean(), { ObjectPermissions: dropRows((r) => r.ParentId === ids.adminPs) });
const rowsWithoutMadFlag = withRecords(clean(), {
  PermissionSet: patchRow(ids.adminPs, { PermissionsModifyAllData: false, PermissionsViewAllData: false }),
});
const expired = withRecords(clean(), {
  PermissionSetAssignment: patchRow('0Pa5g0000000109AAA', { ExpirationDate: '2026-11-01T00:00:00.000Z' }),
});

ruleTester(rule, {
  valid: [
    { name: 'clean sample: profile 000 rows for the admin, a permission set for the others', evidence: 3 },
    { name: 'access through the profile own permission set', snapshot: balanceViaProfile(clean()), evidence: 3 },
    { name: 'access through a permission set group aggregate', snapshot: balanceViaGroup(clean()), evidence: 3 },
    { name: 'Modify All Data without stored rows still counts', snapshot: noAdminRows },
    { name: 'synthetic 000 rows count even without the Modify All Data flag', snapshot: rowsWithoutMadFlag },
    { name: 'the inactive user Olga (licensed, no Balance access) is ignored', snapshot: clean(), evidence: 3 },
    { name: 'package absent', snapshot: packageAbsent(clean()), status: 'not-applicable', reason: 'not installed' },
    {
      name: 'ObjectPermissions unreadable',
      snapshot: unreadable(clean(), 'records.ObjectPermissions'),
      status: 'inconclusive',
      reason: 'INSUFFICIENT_ACCESS',
    },
    {
      name: 'users not collected',
      snapshot: notCollected(clean(), 'User'),
      status: 'inconclusive',
      reason: 'records.User was not collected',
    },
  ],
  invalid: [
    {
      name: 'a user without the Balance permission set',
      snapshot: withoutBalancePs(clean(), ids.anna),
      findings: [
        {
          messageId: 'missing',
          resourceType: 'User',
          resourceId: ids.anna,
          resourceName: 'anna.billing@acme-billing.example',
          message: "User 'anna.billing@acme-billing.example' lacks Read, Create, Edit on ONB2__Balance__c.",
          fix: { kind: 'user-access', userId: ids.anna, objects: [{ sobject: 'ONB2__Balance__c', missing: ['Read', 'Create', 'Edit'] }] },
        },
      ],
    },
    {
      name: 'partial access names the grant that gives it',
      snapshot: withRecords(clean(), {
        ObjectPermissions: patchRow('1105g0000000113AAA', { PermissionsCreate: false, PermissionsEdit: false }),
      }),
      findings: [
        { resourceId: ids.anna, message: /lacks Create, Edit on ONB2__Balance__c \(has Read via permission set 'JustOn Balance Access'\)/ },
        { resourceId: ids.ben },
      ],
    },
    {
      name: 'an expired assignment gives no access',
      snapshot: expired,
      findings: [{ resourceId: ids.anna }],
    },
    {
      name: 'configured permissions include Delete',
      options: { permissions: ['Read', 'Delete'] },
      findings: [{ resourceId: ids.anna, data: { missing: 'Delete' } }, { resourceId: ids.ben }],
    },
    {
      name: 'a reactivated user with only the managed Read Only set',
      snapshot: activate(clean(), ids.olga),
      findings: [{ resourceId: ids.olga, fix: { objects: [{ missing: ['Read', 'Create', 'Edit'] }] } }],
    },
  ],
});
