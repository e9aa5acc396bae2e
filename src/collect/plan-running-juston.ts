import type { CollectOptions } from './collect-options.js';
import type { PlannedRead } from './plan.js';
import { selectList } from '../snapshot/sobject-fields.js';
import { soqlString } from '../org/index.js';

/**
 * The reads of the rules on JustOn at work: its Apex jobs (jobs/scheduled, jobs/failures) and the
 * permission set groups that bundle its shipped permission sets (access/shipped-permission-sets).
 *
 * One AsyncApexJob query serves both job rules: the namespace's Scheduled Apex jobs with their CronTrigger
 * and CronJobDetail through relationships (AsyncApexJob.CronTriggerId, API 53.0+), and only the failed or
 * erroring jobs of the last days (OBJ sforce_api_objects_asyncapexjob.htm, sforce_api_objects_crontrigger.htm,
 * sforce_api_objects_cronjobdetail.htm). AsyncApexJob needs View Setup and Configuration outside system mode.
 */
export function runningJustOnReads(options: CollectOptions): PlannedRead[] {
  const ns = soqlString(options.namespace);
  // SOQL counts days in the running user's time zone, jobs/failures in UTC: one day more covers every zone.
  const days = `LAST_N_DAYS:${options.jobFailureDays + 1}`;
  const fields = [
    selectList('AsyncApexJob'),
    selectList('ApexClass', 'ApexClass'),
    selectList('CronTrigger', 'CronTrigger'),
    selectList('CronJobDetail', 'CronTrigger.CronJobDetail'),
  ].join(', ');
  const failed = `(Status = 'Failed' OR NumberOfErrors > 0) AND (CreatedDate = ${days} OR CompletedDate = ${days})`;
  return [
    {
      kind: 'query',
      id: 'justOnJobs',
      access: 'setup-data',
      soql: `SELECT ${fields} FROM AsyncApexJob WHERE ApexClass.NamespacePrefix = ${ns} AND (JobType = 'ScheduledApex' OR (${failed}))`,
      fills: ['records.AsyncApexJob', 'records.CronTrigger', 'records.CronJobDetail'],
    },
    {
      kind: 'query',
      id: 'justOnGroupComponents',
      access: 'setup-data',
      soql: `SELECT ${selectList('PermissionSetGroupComponent')} FROM PermissionSetGroupComponent WHERE PermissionSet.NamespacePrefix = ${ns}`,
      fills: ['records.PermissionSetGroupComponent'],
    },
  ];
}
