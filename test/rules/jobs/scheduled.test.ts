import rule from '../../../src/rules/jobs/scheduled.js';
import { packageAbsent, unreadable } from '../../harness/fixtures.js';
import { ruleTester, type InvalidCase } from '../../harness/rule-tester.js';
import { addRows, clean, dropRows, ids, patchRow, withRecords } from '../../harness/snapshots.js';

// The clean sample was captured at 2026-11-20T09:30Z; its ScheduledBatchChain job is WAITING, next run 2026-11-21T02:00Z.
const trigger = (changes: Record<string, unknown>) => withRecords(clean(), { CronTrigger: patchRow(ids.chainTrigger, changes) });
const noChain = withRecords(clean(), { AsyncApexJob: dropRows((job) => job.Id === ids.chainJob) });
const STEPS = rule.meta.remediation.steps;
/** A second Scheduled Apex job of the chain class, on the given CronTrigger. */
const secondScheduledJob = (CronTriggerId: string) => ({
  Id: '7075g0000000009AAA',
  ApexClassId: ids.chainClass,
  JobType: 'ScheduledApex',
  Status: 'Queued',
  NumberOfErrors: 0,
  ExtendedStatus: null,
  CreatedDate: '2026-10-01T08:00:00.000Z',
  CompletedDate: null,
  CronTriggerId,
});

const badState = (state: string): InvalidCase => ({
  name: `a ${state} schedule fails`,
  snapshot: trigger({ State: state }),
  findings: [
    {
      messageId: 'notRunning',
      resourceType: 'CronTrigger',
      resourceId: ids.chainTrigger,
      resourceName: 'JustOn Batch Chain',
      message: `Scheduled job 'JustOn Batch Chain' of ONB2.ScheduledBatchChain (cron '0 0 3 * * ?', time zone Europe/Berlin) is ${state}, so JustOn starts none of its job chains.`,
      fix: { kind: 'manual', steps: STEPS },
    },
  ],
});

ruleTester(rule, {
  valid: [
    { name: 'the chain is WAITING with its next run after the audit', reason: 'ONB2.ScheduledBatchChain is scheduled.', evidence: 1 },
    { name: 'ACQUIRED counts as scheduled', snapshot: trigger({ State: 'ACQUIRED' }) },
    { name: 'EXECUTING counts as scheduled', snapshot: trigger({ State: 'EXECUTING' }) },
    {
      name: 'one running schedule is enough beside a paused one',
      snapshot: withRecords(clean(), {
        AsyncApexJob: addRows(secondScheduledJob('08e5g0000000009AAA')),
        CronTrigger: addRows({
          Id: '08e5g0000000009AAA',
          State: 'PAUSED',
          NextFireTime: null,
          CronExpression: '0 0 12 * * ?',
          TimeZoneSidKey: 'Europe/Berlin',
          CronJobDetailId: null,
        }),
      }),
      evidence: 1,
    },
    { name: 'package absent', snapshot: packageAbsent(noChain), status: 'not-applicable' },
    { name: 'AsyncApexJob unreadable', snapshot: unreadable(noChain, 'records.AsyncApexJob'), status: 'inconclusive' },
    { name: 'CronTrigger unreadable', snapshot: unreadable(clean(), 'records.CronTrigger'), status: 'inconclusive' },
  ],
  invalid: [
    {
      name: 'no Scheduled Apex job of the class',
      snapshot: noChain,
      findings: [
        {
          messageId: 'notScheduled',
          resourceType: 'ApexClass',
          resourceName: 'ONB2.ScheduledBatchChain',
          message:
            'ONB2.ScheduledBatchChain is not scheduled: no Scheduled Apex job of that class has a schedule, so JustOn starts none of its job chains.',
          fix: { kind: 'manual', steps: STEPS },
        },
      ],
    },
    {
      name: 'an aborted schedule leaves its job without a CronTrigger',
      snapshot: withRecords(clean(), { AsyncApexJob: patchRow(ids.chainJob, { Status: 'Aborted', CronTriggerId: null }) }),
      findings: [{ messageId: 'notScheduled' }],
    },
    {
      name: 'a class of the same name outside the namespace does not count',
      snapshot: withRecords(noChain, {
        ApexClass: patchRow(ids.chainClass, { NamespacePrefix: null }),
        AsyncApexJob: addRows(secondScheduledJob(ids.chainTrigger)),
      }),
      findings: [{ messageId: 'notScheduled' }],
    },
    ...['PAUSED', 'PAUSED_BLOCKED', 'BLOCKED', 'ERROR', 'DELETED', 'COMPLETE'].map(badState),
    {
      name: 'WAITING but its next run was before the audit',
      snapshot: trigger({ NextFireTime: '2026-11-20T02:00:00.000+0000' }),
      findings: [{ messageId: 'notRunning', data: { problem: 'was due at 2026-11-20 02:00 UTC, before the audit' } }],
    },
    {
      name: 'the audit time decides what is in the future',
      settings: { now: '2026-11-22T09:30:00.000Z' },
      findings: [{ messageId: 'notRunning', data: { problem: 'was due at 2026-11-21 02:00 UTC, before the audit' } }],
    },
    {
      name: 'WAITING without a next run',
      snapshot: trigger({ NextFireTime: null }),
      findings: [{ messageId: 'notRunning', data: { problem: 'is WAITING without a next run' } }],
    },
  ],
});
