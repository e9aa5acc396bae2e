import rule from '../../../src/rules/connected-app/users-authorized.js';
import { activate, balanceViaGroup, balanceViaProfile, packageAbsent, unreadable, withoutBalancePs } from '../../harness/fixtures.js';
import { ruleTester } from '../../harness/rule-tester.js';
import { clean, ids, withRecords } from '../../harness/snapshots.js';

ruleTester(rule, {
  valid: [
    { name: 'clean sample (Olga is inactive and ignored)', evidence: 3 },
    { name: 'authorized through the profile own permission set', snapshot: balanceViaProfile(clean()) },
    { name: 'authorized through a permission set group aggregate', snapshot: balanceViaGroup(clean()) },
    { name: 'an excluded user is not checked', snapshot: activate(clean(), ids.olga), settings: { userSelection: { exclude: ['old.user@acme-billing.example'] } } },
    { name: 'no connected app', snapshot: withRecords(clean(), { ConnectedApplication: [] }), status: 'not-applicable' },
    { name: 'package absent', snapshot: packageAbsent(clean()), status: 'not-applicable' },
    { name: 'licences unreadable', snapshot: unreadable(clean(), 'records.UserPackageLicense'), status: 'inconclusive' },
  ],
  invalid: [
    {
      name: 'a user with no authorized profile or permission set',
      snapshot: withoutBalancePs(clean(), ids.anna),
      findings: [{
        messageId: 'notAuthorized', resourceId: ids.anna,
        message: /User 'anna.billing@acme-billing.example' cannot use connected app 'JustOn Platform'.*Platform not available/,
        fix: { kind: 'setup-entity-access', entityId: ids.app, userId: ids.anna, permissionSetId: null },
      }],
    },
    {
      name: 'a reactivated user',
      snapshot: activate(clean(), ids.olga),
      findings: [{ resourceId: ids.olga }],
    },
    {
      name: 'a user selected by profile only',
      snapshot: withRecords(clean(), {
        User: (rows) => [...rows, { Id: '0055g0000000009AAA', Username: 'clerk@acme-billing.example', Name: 'Clara Clerk', IsActive: true, ProfileId: ids.standardProfile, UserType: 'Standard' }],
        PermissionSetAssignment: (rows) => [...rows, { Id: '0Pa5g0000000199AAA', AssigneeId: '0055g0000000009AAA', PermissionSetId: ids.standardPs, PermissionSetGroupId: null, ExpirationDate: null }],
      }),
      settings: { userSelection: { profiles: ['Standard User'] } },
      findings: [{ resourceName: 'clerk@acme-billing.example' }],
    },
  ],
});
