import rule from '../../../src/rules/jobs/failures.js';
import { packageAbsent, unreadable } from '../../harness/fixtures.js';
import { ruleTester } from '../../harness/rule-tester.js';
import { addRows, clean, ids, withRecords } from '../../harness/snapshots.js';

// The clean sample was captured at 2026-11-20T09:30Z. It holds an ONB2 failure of 2026-11-08 (outside the
// default 7 days, which start 2026-11-13T00:00Z) and a failure of an unpackaged class on 2026-11-19.
const withJob = (changes: Record<string, unknown>) =>
  withRecords(clean(), {
    AsyncApexJob: addRows({
      Id: '7075g0000000009AAA',
      ApexClassId: ids.invoiceRunClass,
      JobType: 'BatchApex',
      Status: 'Failed',
      NumberOfErrors: 1,
      ExtendedStatus: 'First error: Attempt to de-reference a null object',
      CreatedDate: '2026-11-18T02:00:00.000Z',
      CompletedDate: '2026-11-18T02:03:00.000Z',
      CronTriggerId: null,
      ...changes,
    }),
  });

ruleTester(rule, {
  valid: [
    { name: 'only older and unpackaged failures', reason: 'No ONB2 Apex job failed in the last 7 days.' },
    { name: 'completed without errors', snapshot: withJob({ Status: 'Completed', NumberOfErrors: 0, ExtendedStatus: null }) },
    {
      name: 'a failure just before the first day of the window',
      snapshot: withJob({ CreatedDate: '2026-11-12T23:00:00.000Z', CompletedDate: '2026-11-12T23:59:59.000Z' }),
    },
    { name: 'a shorter window leaves out a failure of two days ago', snapshot: withJob({}), options: { days: 1 } },
    { name: 'package absent', snapshot: packageAbsent(withJob({})), status: 'not-applicable' },
    { name: 'AsyncApexJob unreadable', snapshot: unreadable(withJob({}), 'records.AsyncApexJob'), status: 'inconclusive' },
  ],
  invalid: [
    {
      name: 'an ONB2 batch failed two days ago',
      snapshot: withJob({}),
      findings: [
        {
          messageId: 'failed',
          resourceType: 'AsyncApexJob',
          resourceId: '7075g0000000009AAA',
          resourceName: 'ONB2.InvoiceRunChain',
          severity: 'warning',
          message:
            'BatchApex job of ONB2.InvoiceRunChain (2026-11-18 02:03 UTC) failed (1 failed batch): First error: Attempt to de-reference a null object',
        },
      ],
    },
    {
      name: 'a job that completed with failed batches',
      snapshot: withJob({ Status: 'Completed', NumberOfErrors: 3 }),
      findings: [{ data: { outcome: 'completed with 3 failed batches' } }],
    },
    {
      name: 'a running job counts from its start, and a failure without detail says so',
      snapshot: withJob({
        Status: 'Processing',
        NumberOfErrors: 2,
        ExtendedStatus: null,
        CompletedDate: null,
        CreatedDate: '2026-11-20T08:00:00.000Z',
      }),
      findings: [{ data: { outcome: 'processing with 2 failed batches', detail: 'no error detail', date: '2026-11-20 08:00 UTC' } }],
    },
    {
      name: 'the first day of the window counts',
      snapshot: withJob({ CreatedDate: '2026-11-13T00:00:00.000Z', CompletedDate: '2026-11-13T00:00:00.000Z' }),
      findings: [{ data: { date: '2026-11-13 00:00 UTC' } }],
    },
    {
      name: 'a wider window reaches the older failure',
      options: { days: 14 },
      findings: [{ resourceId: '7075g0000000003AAA', data: { date: '2026-11-08 02:03 UTC' } }],
    },
  ],
});
