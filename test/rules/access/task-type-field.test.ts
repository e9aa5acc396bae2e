import rule from '../../../src/rules/access/task-type-field.js';
import { balanceViaGroup, packageAbsent, unreadable, withoutBalancePs } from '../../harness/fixtures.js';
import { ruleTester } from '../../harness/rule-tester.js';
import { clean, ids, modify, patchRow, withRecords } from '../../harness/snapshots.js';

const notPermissionable = modify(clean(), (s) => {
  const f = s.describe.Task.fields.find((x) => x.name === 'Type');
  if (f) f.permissionable = false;
});

ruleTester(rule, {
  valid: [
    { name: 'clean sample', evidence: 3 },
    { name: 'Task.Type through a permission set group aggregate', snapshot: balanceViaGroup(clean()) },
    {
      name: 'Task.Type not permissionable',
      snapshot: notPermissionable,
      status: 'not-applicable',
      reason: 'not controlled by field-level security',
    },
    { name: 'package absent', snapshot: packageAbsent(clean()), status: 'not-applicable' },
    {
      name: 'Task describe not collected',
      snapshot: modify(clean(), (s) => {
        delete s.describe.Task;
      }),
      status: 'inconclusive',
    },
    { name: 'Task describe unreadable', snapshot: unreadable(clean(), 'describe.Task'), status: 'inconclusive' },
  ],
  invalid: [
    {
      name: 'a user without Task.Type',
      snapshot: withoutBalancePs(clean(), ids.ben),
      findings: [
        {
          resourceId: ids.ben,
          message: "User 'ben.billing@acme-billing.example' cannot read or edit Task.Type.",
          fix: { fields: [{ field: 'Task.Type', read: true, edit: true }] },
        },
      ],
    },
    {
      name: 'read-only Task.Type',
      snapshot: withRecords(clean(), { FieldPermissions: patchRow('01k5g0000000129AAA', { PermissionsEdit: false }) }),
      findings: [
        { resourceId: ids.anna, data: { what: 'edit' } },
        { resourceId: ids.ben, data: { what: 'edit' } },
      ],
    },
  ],
});
