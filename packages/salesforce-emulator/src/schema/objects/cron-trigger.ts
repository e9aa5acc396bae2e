import { defineObject } from '../define-object.js';
import { cronTriggerSource } from '../sources/cron-trigger.js';

/**
 * Query only. State is a string the system manages (reference page): WAITING, ACQUIRED, EXECUTING, COMPLETE,
 * ERROR, DELETED, PAUSED (during Salesforce releases, resumed after), BLOCKED, PAUSED_BLOCKED. NextFireTime is
 * null when the job will not run again. Key prefix 08e [unverified].
 */
export const cronTrigger = defineObject({
  name: 'CronTrigger',
  source: cronTriggerSource,
  keyPrefix: '08e',
  fields: [
    'CronExpression',
    'CronJobDetailId',
    'EndTime',
    'NextFireTime',
    'OwnerId',
    'PreviousFireTime',
    'StartTime',
    'State',
    'TimeZoneSidKey',
    'TimesTriggered',
  ],
});
