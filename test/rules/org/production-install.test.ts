import rule from '../../../src/rules/org/production-install.js';
import { unreadable } from '../../harness/fixtures.js';
import { ruleTester } from '../../harness/rule-tester.js';
import { clean, ids, patchRow, withRecords } from '../../harness/snapshots.js';

const org = (changes: Record<string, unknown>) => withRecords(clean(), { Organization: patchRow(ids.org, changes) });

ruleTester(rule, {
  valid: [
    { name: 'production', reason: 'Production org.' },
    { name: 'a production trial org', snapshot: org({ TrialExpirationDate: '2026-12-20T00:00:00.000Z' }), reason: 'trial' },
    { name: 'Organization unreadable', snapshot: unreadable(clean(), 'records.Organization'), status: 'inconclusive' },
  ],
  invalid: [
    {
      name: 'a sandbox',
      snapshot: org({ IsSandbox: true }),
      findings: [{ messageId: 'notProduction', resourceId: ids.org, severity: 'note', data: { kind: 'sandbox' } }],
    },
    {
      name: 'a scratch org',
      snapshot: org({ IsSandbox: true, TrialExpirationDate: '2026-11-27T00:00:00.000Z' }),
      findings: [{ message: /is a scratch org; JustOn recommends installing and configuring in production/ }],
    },
  ],
});
