import { defineObject } from '../define-object.js';
import { asyncApexJobSource } from '../sources/async-apex-job.js';

/**
 * Query only; outside system mode the user needs View Setup and Configuration (reference page). CronTriggerId
 * (53.0+) is set for ScheduledApex jobs. Key prefix 707: Salesforce's ID prefix list (knowledge article
 * 000005995) [community].
 */
export const asyncApexJob = defineObject({
  name: 'AsyncApexJob',
  source: asyncApexJobSource,
  keyPrefix: '707',
  fields: [
    'ApexClassId',
    'CompletedDate',
    'CronTriggerId',
    'ExtendedStatus',
    'JobItemsProcessed',
    [
      'JobType',
      {
        picklistValues: [
          'Future',
          'SharingRecalculation',
          'ScheduledApex',
          'BatchApex',
          'BatchApexWorker',
          'TestRequest',
          'TestWorker',
          'ApexToken',
          'Queueable',
        ],
      },
    ],
    'LastProcessed',
    'LastProcessedOffset',
    'MethodName',
    'NumberOfErrors',
    'ParentJobId',
    ['Status', { picklistValues: ['Queued', 'Processing', 'Aborted', 'Completed', 'Failed', 'Preparing', 'Holding'] }],
    'TotalJobItems',
  ],
});
