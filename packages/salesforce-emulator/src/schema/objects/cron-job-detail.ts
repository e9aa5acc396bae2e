import { defineObject } from '../define-object.js';
import { cronJobDetailSource } from '../sources/cron-job-detail.js';

/**
 * Query only: the scheduled job's name and type (JobType '7' = Scheduled Apex). Not served: CronJobType
 * (68.0, newer than the capture). Key prefix 08a [unverified].
 */
export const cronJobDetail = defineObject({
  name: 'CronJobDetail',
  source: cronJobDetailSource,
  keyPrefix: '08a',
  fields: ['Name', ['JobType', { picklistValues: ['1', '3', '4', '6', '7', '8', '9', 'A'] }]],
});
