import { createRule } from '../create-rule.js';
import { fromFindings } from '../outcome.js';
import type { FindingDraft } from '../types.js';
import { datetimeMs, namespaceJobs, utcMinute } from '../shared/apex-jobs.js';

const DAY = 86_400_000;

/** `failed`, `failed (1 failed batch)`, `completed with 2 failed batches`. */
function outcome(status: string, errors: number): string {
  const batches = `${errors} failed batch${errors === 1 ? '' : 'es'}`;
  if (status === 'Failed') return errors > 0 ? `failed (${batches})` : 'failed';
  return `${status.toLowerCase()} with ${batches}`;
}

export default createRule({
  meta: {
    id: 'jobs/failures',
    title: "JustOn's Apex jobs ran without errors recently",
    description:
      "No asynchronous Apex job of a JustOn class (AsyncApexJob of an ApexClass in the package namespace) failed (Status 'Failed') or reported failed batches (NumberOfErrors > 0) in the last `days` days (default 7, counted in UTC calendar days like SOQL's LAST_N_DAYS: today and the `days` before). Jobs of other namespaces and older failures are ignored; the collector reads only the failures of those days (and one more), so a saved snapshot answers for the `days` it was collected with.",
    whyItMatters:
      "When a JustOn batch (an invoice run, an e-mail job, a dunning run) fails, the invoices or e-mails of that run may not be produced, and Salesforce e-mails the details only to the user who started the job. ExtendedStatus holds Salesforce's short description of the first error.",
    severity: 'warning',
    category: 'jobs',
    requires: ['records.AsyncApexJob'],
    messages: {
      failed: '{{jobType}} job of {{class}} ({{date}}) {{outcome}}: {{detail}}',
    },
    schema: {
      type: 'object',
      properties: {
        days: { type: 'integer', minimum: 1, description: 'How many days back a failure counts (default 7).' },
      },
      additionalProperties: false,
    },
    fixable: null,
    remediation: {
      text: 'Open the failed job, read its error, correct the data or configuration it names and run the job again from JustOn (or wait for its next scheduled run).',
      setupPath: 'Setup > Environments > Jobs > Apex Jobs',
    },
    docsUrl: 'https://docs.juston.com/admin/jo_admin_config_jobs',
  },
  defaultOptions: { days: 7 },
  check(snapshot, options, context) {
    const today = new Date(context.now);
    today.setUTCHours(0, 0, 0, 0);
    const since = today.getTime() - options.days * DAY;
    const findings: FindingDraft<'failed'>[] = namespaceJobs(snapshot, context.namespace)
      .map(({ job, className }) => ({ job, className, at: job.CompletedDate ?? job.CreatedDate }))
      .filter(({ job, at }) => (job.Status === 'Failed' || (job.NumberOfErrors ?? 0) > 0) && datetimeMs(at) >= since)
      .sort((a, b) => datetimeMs(b.at) - datetimeMs(a.at))
      .map(({ job, className, at }) => ({
        resource: { type: 'AsyncApexJob', id: job.Id, name: className },
        messageId: 'failed',
        data: {
          jobType: job.JobType,
          class: className,
          date: utcMinute(at),
          outcome: outcome(job.Status, job.NumberOfErrors ?? 0),
          detail: job.ExtendedStatus ?? 'no error detail',
        },
      }));
    return fromFindings(findings, `No ${context.namespace} Apex job failed in the last ${options.days} days.`);
  },
});
