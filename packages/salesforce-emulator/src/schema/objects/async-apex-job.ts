import { defineObject } from '../define-object.js';
import { readOnly } from '../field.js';

/**
 * OBJ sforce_api_objects_asyncapexjob.htm (13.0+): query only; outside system mode the user needs View
 * Setup and Configuration. CronTriggerId (53.0+) is set for ScheduledApex jobs only. The field reference
 * (salesforce-field-reference-asyncapexjob) lists CreatedDate and CreatedById and no other audit fields.
 * Key prefix 707: Salesforce's ID prefix list (knowledge article 000005995) [community].
 */
export const asyncApexJob = defineObject({
  name: 'AsyncApexJob',
  source: 'OBJ sforce_api_objects_asyncapexjob.htm',
  keyPrefix: '707',
  noAuditFields: true,
  fields: [
    readOnly('ApexClassId', 'reference', { referenceTo: ['ApexClass'], relationshipName: 'ApexClass' }),
    readOnly('CompletedDate', 'datetime'),
    readOnly('CronTriggerId', 'reference', { referenceTo: ['CronTrigger'], relationshipName: 'CronTrigger' }),
    readOnly('ExtendedStatus', 'string'),
    readOnly('JobItemsProcessed', 'int', { nillable: false }),
    readOnly('JobType', 'picklist', {
      nillable: false,
      picklistValues: [
        'ApexToken',
        'BatchApex',
        'BatchApexWorker',
        'Future',
        'Queueable',
        'ScheduledApex',
        'SharingRecalculation',
        'TestRequest',
        'TestWorker',
      ],
    }),
    readOnly('LastProcessed', 'string'),
    readOnly('LastProcessedOffset', 'int'),
    readOnly('MethodName', 'string'),
    readOnly('NumberOfErrors', 'int'),
    readOnly('ParentJobId', 'reference', { referenceTo: ['AsyncApexJob'] }),
    readOnly('Status', 'picklist', {
      nillable: false,
      picklistValues: ['Holding', 'Queued', 'Preparing', 'Processing', 'Aborted', 'Completed', 'Failed'],
    }),
    readOnly('TotalJobItems', 'int'),
    readOnly('CreatedDate', 'datetime', { nillable: false }),
    readOnly('CreatedById', 'reference', { referenceTo: ['User'], relationshipName: 'CreatedBy', nillable: false }),
  ],
});
