import { defineObject } from '../define-object.js';
import { readOnly } from '../field.js';

/**
 * OBJ sforce_api_objects_cronjobdetail.htm (29.0+): query only; the scheduled job's name and type.
 * JobType values: 1 Data Export, 3 Dashboard Refresh, 4 Reporting Snapshot, 6 Scheduled Flow, 7 Scheduled
 * Apex, 8 Report Run, 9 Batch Job, A Reporting Notification. Not served: CronJobType (68.0+). The field
 * reference lists no audit fields. Key prefix 08a [unverified].
 */
export const cronJobDetail = defineObject({
  name: 'CronJobDetail',
  source: 'OBJ sforce_api_objects_cronjobdetail.htm',
  keyPrefix: '08a',
  noAuditFields: true,
  fields: [
    readOnly('JobType', 'picklist', { picklistValues: ['1', '3', '4', '6', '7', '8', '9', 'A'] }),
    readOnly('Name', 'string', { nillable: false }),
  ],
});
