import rule from '../../../src/rules/access/balance-tab.js';
import { balanceViaGroup, balanceViaProfile, packageAbsent, unreadable, withoutBalancePs } from '../../harness/fixtures.js';
import { ruleTester } from '../../harness/rule-tester.js';
import { clean, ids, patchRow, withRecords } from '../../harness/snapshots.js';

ruleTester(rule, {
  valid: [
    { name: 'clean sample', evidence: 3 },
    {
      name: 'Available (DefaultOff) counts as visible',
      snapshot: withRecords(clean(), { PermissionSetTabSetting: patchRow('0Ps5g0000000131AAA', { Visibility: 'DefaultOff' }) }),
    },
    { name: 'tab through the profile own permission set', snapshot: balanceViaProfile(clean()) },
    { name: 'tab through a permission set group aggregate', snapshot: balanceViaGroup(clean()) },
    { name: 'package absent', snapshot: packageAbsent(clean()), status: 'not-applicable' },
    { name: 'tab settings unreadable', snapshot: unreadable(clean(), 'records.PermissionSetTabSetting'), status: 'inconclusive' },
  ],
  invalid: [
    {
      name: 'a user without the tab',
      snapshot: withoutBalancePs(clean(), ids.anna),
      findings: [
        {
          messageId: 'hidden',
          resourceId: ids.anna,
          message: "The ONB2__Balance__c tab is hidden for user 'anna.billing@acme-billing.example'.",
          fix: { kind: 'user-access', userId: ids.anna, tabs: [{ tab: 'ONB2__Balance__c', visibility: 'DefaultOn' }] },
        },
      ],
    },
    {
      name: 'a tab setting with an unknown visibility is not visible',
      snapshot: withRecords(clean(), { PermissionSetTabSetting: patchRow('0Ps5g0000000131AAA', { Visibility: 'Hidden' }) }),
      findings: [{ resourceId: ids.anna }, { resourceId: ids.ben }],
    },
  ],
});
