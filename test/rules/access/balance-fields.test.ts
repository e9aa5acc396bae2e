import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/access/balance-fields.js';
import { inNamespace } from '../../../src/rules/shared/data.js';
import { balanceViaGroup, balanceViaProfile, packageAbsent, unreadable, withoutBalancePs } from '../../harness/fixtures.js';
import { ruleTester } from '../../harness/rule-tester.js';
import { clean, dropRows, ids, modify, patchRow, withRecords } from '../../harness/snapshots.js';

const noDescribe = modify(clean(), (s) => {
  delete s.describe.ONB2__Balance__c;
});
const viewAllFields = withRecords(clean(), {
  FieldPermissions: dropRows((r) => r.ParentId === ids.balancePs && r.Field === 'ONB2__Balance__c.ONB2__InvoiceIsFinalized__c'),
  ObjectPermissions: patchRow('1105g0000000113AAA', { PermissionsViewAllFields: true }),
});

ruleTester(rule, {
  valid: [
    { name: 'clean sample', evidence: 3 },
    { name: 'fields through the profile own permission set', snapshot: balanceViaProfile(clean()) },
    { name: 'fields through a permission set group aggregate', snapshot: balanceViaGroup(clean()) },
    { name: 'View All Fields on the object gives read to a read-only field', snapshot: viewAllFields },
    { name: 'package absent', snapshot: packageAbsent(clean()), status: 'not-applicable' },
    {
      name: 'Balance describe unreadable',
      snapshot: unreadable(clean(), 'describe.ONB2__Balance__c'),
      status: 'inconclusive',
      reason: 'describe.ONB2__Balance__c could not be read',
    },
    { name: 'Balance object missing from describe', snapshot: noDescribe, status: 'inconclusive', reason: 'does not exist' },
    { name: 'FieldPermissions unreadable', snapshot: unreadable(clean(), 'records.FieldPermissions'), status: 'inconclusive' },
  ],
  invalid: [
    {
      name: 'a user without any Balance field permission',
      snapshot: withoutBalancePs(clean(), ids.ben),
      findings: [
        {
          messageId: 'gaps',
          resourceId: ids.ben,
          message:
            "User 'ben.billing@acme-billing.example' lacks field access on ONB2__Balance__c: cannot read ONB2__Amount__c, ONB2__Date__c, ONB2__Draft__c, ONB2__Invoice__c, ONB2__Type__c, ONB2__WriteOffReason__c, ONB2__InvoiceIsFinalized__c; cannot edit ONB2__Amount__c, ONB2__Date__c, ONB2__Draft__c, ONB2__Invoice__c, ONB2__Type__c, ONB2__WriteOffReason__c.",
        },
      ],
    },
    {
      name: 'read-only on one editable field; calculated fields need read only',
      snapshot: withRecords(clean(), { FieldPermissions: patchRow('01k5g0000000122AAA', { PermissionsEdit: false }) }),
      findings: [
        {
          resourceId: ids.anna,
          data: { gaps: 'cannot edit ONB2__Amount__c' },
          fix: { fields: [{ field: 'ONB2__Balance__c.ONB2__Amount__c', read: false, edit: true }] },
        },
        { resourceId: ids.ben },
      ],
    },
    {
      name: 'a new permissionable field in the describe that nobody was granted',
      snapshot: modify(clean(), (s) => {
        s.describe.ONB2__Balance__c.fields.push({
          name: 'ONB2__Reference__c',
          type: 'string',
          permissionable: true,
          updateable: true,
          calculated: false,
          nillable: true,
        });
      }),
      findings: [
        { resourceId: ids.ada, data: { gaps: 'cannot read ONB2__Reference__c; cannot edit ONB2__Reference__c' } },
        { resourceId: ids.anna },
        { resourceId: ids.ben },
      ],
    },
    {
      name: 'Modify All Data does not bypass field-level security',
      snapshot: withRecords(clean(), { FieldPermissions: dropRows((r) => r.ParentId === ids.adminPs && r.SobjectType !== 'Task') }),
      findings: [{ resourceId: ids.ada }],
    },
  ],
});

describe('with another namespace configured', () => {
  it("requires the describe of that namespace's Balance object", () => {
    expect(inNamespace(rule.meta.requires, 'ACME')).toContain('describe.ACME__Balance__c');
    expect(inNamespace(rule.meta.requires, 'ACME').join()).not.toContain('ONB2');
  });
});
