import rule from '../../../src/rules/access/shipped-permission-sets.js';
import { GROUP_ID, packageAbsent, unreadable } from '../../harness/fixtures.js';
import { ruleTester } from '../../harness/rule-tester.js';
import { addRows, clean, dropRows, ids, patchRow, permissionSetRow, withRecords } from '../../harness/snapshots.js';

// Clean sample: Ada, Anna and Ben hold JustOn Read/Write (0Pa…105–107); JustOn Read Only exists for Olga (inactive).
// JustOn Full Access is added here: the package ships it, the sample leaves it out.
const ANNA_RW = '0Pa5g0000000106AAA';
const withFullAccess = () =>
  withRecords(clean(), {
    PermissionSet: addRows({
      Id: ids.fullAccessPs,
      Name: 'JustOn_Full_Access',
      Label: 'JustOn Full Access',
      IsOwnedByProfile: false,
      ProfileId: null,
      NamespacePrefix: 'ONB2',
      Type: 'Regular',
      IsCustom: false,
      PermissionsModifyAllData: false,
      PermissionsViewAllData: false,
      PermissionSetGroupId: null,
      LicenseId: null,
    }),
  });
const annaHolds = (permissionSetId: string) =>
  withRecords(withFullAccess(), { PermissionSetAssignment: patchRow(ANNA_RW, { PermissionSetId: permissionSetId }) });
const annaWithout = withRecords(clean(), { PermissionSetAssignment: dropRows((a) => a.Id === ANNA_RW) });
const relabel = (base: ReturnType<typeof clean>, id: string, Label: string) =>
  withRecords(base, { PermissionSet: patchRow(id, { Label }) });
const AGGREGATE = '0PS5g0000000030AAA';

/** Anna's shipped set comes only through a custom group bundling JustOn Read/Write. */
const viaGroup = withRecords(annaWithout, {
  PermissionSetGroup: [{ Id: GROUP_ID, DeveloperName: 'Billing', MasterLabel: 'Billing', Status: 'Updated', NamespacePrefix: null }],
  PermissionSet: addRows(
    permissionSetRow(AGGREGATE, 'Billing_Aggregate', { Label: 'Billing', Type: 'Group', PermissionSetGroupId: GROUP_ID }),
  ),
  PermissionSetAssignment: addRows({
    Id: '0Pa5g0000000190AAA',
    AssigneeId: ids.anna,
    PermissionSetId: AGGREGATE,
    PermissionSetGroupId: GROUP_ID,
    ExpirationDate: null,
  }),
  PermissionSetGroupComponent: [{ Id: '0PH5g0000000001AAA', PermissionSetGroupId: GROUP_ID, PermissionSetId: ids.readWritePs }],
});

const noneFinding = {
  messageId: 'none',
  resourceType: 'User',
  resourceId: ids.anna,
  resourceName: 'anna.billing@acme-billing.example',
  message:
    "User 'anna.billing@acme-billing.example' holds none of JustOn's permission sets ('JustOn Read Only', 'JustOn Read/Write', 'JustOn Full Access') and cannot work with JustOn's objects.",
};

ruleTester(rule, {
  valid: [
    { name: 'every JustOn user holds JustOn Read/Write', reason: 'All 3 JustOn users hold a JustOn permission set.', evidence: 3 },
    { name: 'JustOn Read Only is enough', snapshot: annaHolds(ids.readOnlyPs) },
    {
      name: 'JustOn Full Access together with Read/Write',
      snapshot: withRecords(withFullAccess(), {
        PermissionSetAssignment: addRows({
          Id: '0Pa5g0000000191AAA',
          AssigneeId: ids.anna,
          PermissionSetId: ids.fullAccessPs,
          PermissionSetGroupId: null,
          ExpirationDate: null,
        }),
      }),
    },
    { name: 'held through a permission set group', snapshot: viaGroup, evidence: 3 },
    {
      name: 'recognised by an API name from the options when the label differs (a translated label)',
      snapshot: relabel(clean(), ids.readWritePs, 'JustOn Lesen/Schreiben'),
      options: { readWriteNames: ['JustOn_Read_Write'] },
    },
    { name: 'package absent', snapshot: packageAbsent(annaWithout), status: 'not-applicable' },
    { name: 'assignments unreadable', snapshot: unreadable(annaWithout, 'records.PermissionSetAssignment'), status: 'inconclusive' },
    {
      name: 'group components unreadable',
      snapshot: unreadable(clean(), 'records.PermissionSetGroupComponent'),
      status: 'inconclusive',
    },
    {
      name: 'no shipped permission set recognised: no guess',
      snapshot: withRecords(clean(), {
        PermissionSet: (rows) => rows.map((ps) => (ps.NamespacePrefix === 'ONB2' ? { ...ps, Label: `Renamed ${ps.Id}` } : ps)),
      }),
      status: 'inconclusive',
      reason: 'cannot be recognised',
    },
  ],
  invalid: [
    {
      name: 'a licensed user without any shipped permission set gets JustOn Read/Write (reviewed)',
      snapshot: annaWithout,
      findings: [
        {
          ...noneFinding,
          fix: {
            kind: 'permission-set-assignment',
            userId: ids.anna,
            permissionSetId: ids.readWritePs,
            permissionSetName: 'JustOn Read/Write',
          },
        },
      ],
    },
    {
      name: 'JustOn Full Access alone',
      snapshot: annaHolds(ids.fullAccessPs),
      findings: [
        {
          messageId: 'fullAccessAlone',
          resourceId: ids.anna,
          message:
            "User 'anna.billing@acme-billing.example' holds JustOn Full Access (permission set 'JustOn Full Access') without JustOn Read/Write; Full Access is only valid together with Read/Write.",
          fix: {
            kind: 'permission-set-assignment',
            userId: ids.anna,
            permissionSetId: ids.readWritePs,
            permissionSetName: 'JustOn Read/Write',
          },
        },
      ],
    },
    {
      name: 'a group that bundles no shipped set does not count',
      snapshot: withRecords(viaGroup, { PermissionSetGroupComponent: [] }),
      findings: [noneFinding],
    },
    {
      name: 'an unmanaged copy with the same label does not count',
      snapshot: withRecords(annaWithout, {
        PermissionSetAssignment: addRows({
          Id: '0Pa5g0000000192AAA',
          AssigneeId: ids.anna,
          PermissionSetId: ids.balancePs,
          PermissionSetGroupId: null,
          ExpirationDate: null,
        }),
        PermissionSet: patchRow(ids.balancePs, { Label: 'JustOn Read/Write' }),
      }),
      findings: [noneFinding],
    },
    {
      name: 'without a recognised JustOn Read/Write the fix is a manual step',
      snapshot: relabel(annaHolds(ids.fullAccessPs), ids.readWritePs, 'JustOn Lesen/Schreiben'),
      findings: [
        { messageId: 'none', resourceId: ids.ada },
        {
          messageId: 'fullAccessAlone',
          fix: {
            kind: 'manual',
            steps: [
              'Setup > Users > Users > anna.billing@acme-billing.example > Permission Set Assignments > Edit Assignments.',
              'Add JustOn Read/Write and click Save.',
            ],
          },
        },
        { messageId: 'none', resourceId: ids.ben },
      ],
    },
  ],
});
