import { defineObject } from '../define-object.js';
import { readOnly } from '../field.js';

/**
 * OBJ sforce_api_objects_crontrigger.htm (17.0+): query only. State is a string the system manages:
 * WAITING, ACQUIRED, EXECUTING, COMPLETE, ERROR, DELETED, PAUSED (during Salesforce releases, resumed
 * after), BLOCKED, PAUSED_BLOCKED. NextFireTime is null when the job will not run again. The field
 * reference (salesforce-field-reference-crontrigger) lists CreatedById, CreatedDate and LastModifiedById
 * and no other audit fields; TimeZoneSidKey is a picklist of Java time zone ids. Key prefix 08e [unverified].
 */
export const cronTrigger = defineObject({
  name: 'CronTrigger',
  source: 'OBJ sforce_api_objects_crontrigger.htm',
  keyPrefix: '08e',
  noAuditFields: true,
  fields: [
    readOnly('CronExpression', 'string'),
    readOnly('CronJobDetailId', 'reference', { referenceTo: ['CronJobDetail'], relationshipName: 'CronJobDetail' }),
    readOnly('EndTime', 'datetime'),
    readOnly('NextFireTime', 'datetime'),
    readOnly('OwnerId', 'reference', { referenceTo: ['User'], relationshipName: 'Owner' }),
    readOnly('PreviousFireTime', 'datetime'),
    readOnly('StartTime', 'datetime'),
    readOnly('State', 'string'),
    readOnly('TimeZoneSidKey', 'picklist'),
    readOnly('TimesTriggered', 'int'),
    readOnly('CreatedDate', 'datetime', { nillable: false }),
    readOnly('CreatedById', 'reference', { referenceTo: ['User'], relationshipName: 'CreatedBy', nillable: false }),
    readOnly('LastModifiedById', 'reference', { referenceTo: ['User'], relationshipName: 'LastModifiedBy', nillable: false }),
  ],
});
