import rule from '../../../src/rules/license/assigned.js';
import { activate, packageAbsent, unreadable } from '../../harness/fixtures.js';
import { ruleTester } from '../../harness/rule-tester.js';
import { clean, dropRows, ids, patchRow, withRecords } from '../../harness/snapshots.js';

const annaUnlicensed = withRecords(clean(), { UserPackageLicense: dropRows((r) => r.UserId === ids.anna) });
const siteWide = withRecords(clean(), {
  PackageLicense: patchRow(ids.licence, { AllowedLicenses: -1, UsedLicenses: 0 }),
  UserPackageLicense: [],
});

ruleTester(rule, {
  valid: [
    { name: 'every JustOn user licensed' },
    { name: 'a site-wide licence needs no per-user rows', snapshot: siteWide, reason: 'site-wide' },
    {
      name: 'an inactive user without a licence is ignored',
      snapshot: withRecords(clean(), { UserPackageLicense: dropRows((r) => r.UserId === ids.olga) }),
    },
    {
      name: 'no PackageLicense: the package is not licence-managed',
      snapshot: withRecords(clean(), { PackageLicense: [] }),
      status: 'not-applicable',
    },
    { name: 'package absent', snapshot: packageAbsent(annaUnlicensed), status: 'not-applicable' },
    { name: 'UserPackageLicense unreadable', snapshot: unreadable(clean(), 'records.UserPackageLicense'), status: 'inconclusive' },
  ],
  invalid: [
    {
      name: 'a JustOn user (by permission set) without a licence',
      snapshot: annaUnlicensed,
      reason: '1 unlicensed, 6 seats free.',
      findings: [
        {
          messageId: 'unlicensed',
          resourceId: ids.anna,
          message: "User 'anna.billing@acme-billing.example' has no ONB2 package licence.",
          fix: { kind: 'package-licence', userId: ids.anna, packageLicenseId: ids.licence, seatsAvailable: 6 },
        },
      ],
    },
    {
      name: 'no free seats is still reported as data for the planner',
      snapshot: withRecords(annaUnlicensed, { PackageLicense: patchRow(ids.licence, { AllowedLicenses: 4, UsedLicenses: 4 }) }),
      findings: [{ fix: { seatsAvailable: 0 } }],
    },
    {
      name: 'a reactivated user without a licence',
      snapshot: withRecords(activate(clean(), ids.olga), { UserPackageLicense: dropRows((r) => r.UserId === ids.olga) }),
      findings: [{ resourceId: ids.olga }],
    },
  ],
});
