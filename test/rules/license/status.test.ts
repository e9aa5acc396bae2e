import rule from '../../../src/rules/license/status.js';
import { packageAbsent, unreadable } from '../../harness/fixtures.js';
import { ruleTester } from '../../harness/rule-tester.js';
import { clean, ids, patchRow, withRecords } from '../../harness/snapshots.js';

// The clean sample was captured at 2026-11-20T09:30Z.
const licence = (changes: Record<string, unknown>) => withRecords(clean(), { PackageLicense: patchRow(ids.licence, changes) });

ruleTester(rule, {
  valid: [
    { name: 'active, within seats', reason: 'Licence Active, 4 of 10 seats used.' },
    { name: 'free', snapshot: licence({ Status: 'Free' }) },
    { name: 'site-wide', snapshot: licence({ AllowedLicenses: -1, UsedLicenses: 0 }), reason: 'site-wide' },
    { name: 'expires after the warning window', snapshot: licence({ ExpirationDate: '2027-01-31' }) },
    { name: 'warning window set to 0 days', snapshot: licence({ ExpirationDate: '2026-12-01' }), options: { expiryWarningDays: 0 } },
    { name: 'no licence', snapshot: withRecords(clean(), { PackageLicense: [] }), status: 'not-applicable' },
    { name: 'package absent', snapshot: packageAbsent(licence({ Status: 'Expired' })), status: 'not-applicable' },
    { name: 'PackageLicense unreadable', snapshot: unreadable(clean(), 'records.PackageLicense'), status: 'inconclusive' },
  ],
  invalid: [
    {
      name: 'expired',
      snapshot: licence({ Status: 'Expired', ExpirationDate: '2026-11-01' }),
      findings: [
        {
          messageId: 'problems',
          resourceType: 'PackageLicense',
          resourceId: ids.licence,
          severity: 'error',
          data: { problems: 'expired on 2026-11-01' },
        },
      ],
    },
    {
      name: 'past its expiration date while still Active',
      snapshot: licence({ ExpirationDate: '2026-11-19' }),
      findings: [{ severity: 'error', data: { problems: 'expired on 2026-11-19' } }],
    },
    {
      name: 'a trial that expires soon is a warning',
      snapshot: licence({ Status: 'Trial', ExpirationDate: '2026-12-02' }),
      findings: [
        {
          severity: 'warning',
          message: 'The ONB2 licence (status Trial, 4 of 10 seats used): it is a trial licence; it expires on 2026-12-02 (in 12 days).',
        },
      ],
    },
    {
      name: 'one day left is said in the singular',
      snapshot: licence({ ExpirationDate: '2026-11-21' }),
      findings: [{ severity: 'warning', data: { problems: 'it expires on 2026-11-21 (in 1 day)' } }],
    },
    {
      name: 'over-allocated',
      snapshot: licence({ UsedLicenses: 12 }),
      findings: [{ severity: 'error', data: { problems: '2 more seats used than allowed' } }],
    },
    {
      name: 'an unexpected status',
      snapshot: licence({ Status: 'Suspended' }),
      findings: [{ severity: 'error', data: { problems: "unexpected status 'Suspended'" } }],
    },
  ],
});
