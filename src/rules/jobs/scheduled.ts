import { createRule } from '../create-rule.js';
import { fail, pass } from '../outcome.js';
import type { Evidence, FindingDraft } from '../types.js';
import { datetimeMs, namespaceJobs, utcMinute } from '../shared/apex-jobs.js';
import { type CronTriggerRow, indexById, records } from '../shared/sobjects.js';

/** JustOn's scheduled Apex class that starts its job chains (docs.juston.com/admin/jo_admin_config_jobs). */
const CHAIN_CLASS = 'ScheduledBatchChain';
/** CronTrigger states of a schedule that will fire (OBJ sforce_api_objects_crontrigger.htm, State). */
const RUNNING_STATES = new Set(['WAITING', 'ACQUIRED', 'EXECUTING']);
const STEPS = [
  'Open the App Launcher > JustOn Configuration > Jobs Setup (the page apex/ONB2__JobsSetup).',
  'Set up the job chains JustOn should run (invoice runs, e-mail jobs, dunning runs, balance assignment) and schedule them; JustOn schedules its class ScheduledBatchChain.',
  'Check Setup > Environments > Jobs > Scheduled Jobs: the ScheduledBatchChain job is listed with a Next Scheduled Run in the future.',
];

/** Why a schedule will not fire after `now`, or null when it will. */
function problemOf(trigger: CronTriggerRow, now: number): string | null {
  const state = trigger.State ?? 'without a state';
  if (!RUNNING_STATES.has(state)) return `is ${state}`;
  const next = datetimeMs(trigger.NextFireTime);
  if (Number.isNaN(next)) return `is ${state} without a next run`;
  return next <= now ? `was due at ${utcMinute(trigger.NextFireTime!)}, before the audit` : null;
}

export default createRule({
  meta: {
    id: 'jobs/scheduled',
    title: "JustOn's job chains are scheduled",
    description:
      "A Scheduled Apex job of JustOn's class ScheduledBatchChain (AsyncApexJob JobType 'ScheduledApex') whose CronTrigger is WAITING, ACQUIRED or EXECUTING with a NextFireTime after the audit time. Missing, PAUSED, BLOCKED, PAUSED_BLOCKED, ERROR, DELETED or COMPLETE fails; the report shows the cron expression, the next run and the time zone.",
    whyItMatters:
      'JustOn runs its invoice runs, e-mail jobs, dunning runs and balance assignment as chains started by ScheduledBatchChain. Without that schedule, invoices and e-mails silently stop. Salesforce may set a schedule PAUSED during a release and resume it afterwards: audit again after the release window before acting on PAUSED.',
    severity: 'error',
    category: 'jobs',
    requires: ['records.AsyncApexJob', 'records.CronTrigger', 'records.CronJobDetail'],
    messages: {
      notScheduled:
        '{{class}} is not scheduled: no Scheduled Apex job of that class has a schedule, so JustOn starts none of its job chains.',
      notRunning:
        "Scheduled job '{{job}}' of {{class}} (cron '{{cron}}', time zone {{timeZone}}) {{problem}}, so JustOn starts none of its job chains.",
    },
    fixable: 'manual',
    remediation: {
      text: 'Schedule the JustOn job chains in JustOn Configuration › Jobs Setup.',
      setupPath: 'App Launcher > JustOn Configuration > Jobs Setup (apex/ONB2__JobsSetup)',
      steps: STEPS,
    },
    docsUrl: 'https://docs.juston.com/admin/jo_admin_config_jobs',
  },
  defaultOptions: {},
  check(snapshot, _options, context) {
    const className = `${context.namespace}.${CHAIN_CLASS}`;
    const triggers = indexById(records(snapshot, 'CronTrigger'));
    const details = indexById(records(snapshot, 'CronJobDetail'));
    const now = context.now.getTime();
    const findings: FindingDraft<'notRunning'>[] = [];
    const evidence: Evidence[] = [];
    const chainJobs = namespaceJobs(snapshot, context.namespace).filter((j) => j.job.JobType === 'ScheduledApex' && j.name === CHAIN_CLASS);
    for (const { job } of chainJobs) {
      const trigger = job.CronTriggerId ? triggers.get(job.CronTriggerId) : undefined;
      if (!trigger) continue; // an aborted schedule's job stays behind without its CronTrigger
      const name = (trigger.CronJobDetailId && details.get(trigger.CronJobDetailId)?.Name) || job.Id;
      const cron = trigger.CronExpression ?? '?';
      const timeZone = trigger.TimeZoneSidKey ?? 'unknown';
      const resource = { type: 'CronTrigger', id: trigger.Id, name };
      const problem = problemOf(trigger, now);
      if (problem) {
        const data = { job: name, class: className, cron, timeZone, problem };
        findings.push({ resource, messageId: 'notRunning', data, fix: { kind: 'manual', steps: STEPS } });
      } else {
        const detail = `${trigger.State}: cron '${cron}', next run ${utcMinute(trigger.NextFireTime!)}, time zone ${timeZone}`;
        evidence.push({ resource, detail });
      }
    }
    if (evidence.length) return pass(`${className} is scheduled.`, evidence);
    if (findings.length) return fail(findings);
    return fail([
      {
        resource: { type: 'ApexClass', name: className },
        messageId: 'notScheduled',
        data: { class: className },
        fix: { kind: 'manual', steps: STEPS },
      },
    ]);
  },
});
