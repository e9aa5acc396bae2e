import rule from '../../../src/rules/support/login-access.js';
import { packageAbsent } from '../../harness/fixtures.js';
import { ruleTester } from '../../harness/rule-tester.js';
import { clean, ids } from '../../harness/snapshots.js';

const attestation = { by: 'Ada Admin', date: '2026-11-01', expires: '2026-12-01' };

ruleTester(rule, {
  valid: [
    { name: 'a valid attestation', settings: { attestation }, reason: 'Attested by Ada Admin on 2026-11-01' },
    { name: 'package absent', snapshot: packageAbsent(clean()), status: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'no attestation: a person must confirm',
      status: 'manual',
      reason: 'No API shows this',
      findings: [
        {
          messageId: 'confirm',
          resourceType: 'Organization',
          resourceId: ids.org,
          message: 'Confirm that login access has been granted to JustOn Support.',
        },
      ],
    },
    {
      name: 'an expired attestation',
      status: 'manual',
      settings: { attestation, now: '2026-12-15T00:00:00Z' },
      findings: [
        { message: 'Confirm that login access has been granted to JustOn Support (the attestation by Ada Admin expired on 2026-12-01).' },
      ],
    },
    {
      name: 'an attestation dated after the audit',
      status: 'manual',
      settings: { attestation: { ...attestation, date: '2026-11-25' } },
      findings: [{ message: /is dated 2026-11-25, after the audit/ }],
    },
  ],
});
