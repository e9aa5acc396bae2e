import type { ObjectSource } from './object-source.js';

/** Query-only (describeSObjects, query, retrieve): no field is createable or updateable. */
export const cronTriggerSource: ObjectSource = {
  object: 'CronTrigger',
  describe: {
    repo: 'jawills/jira-sf-integration',
    path: '.sfdx/tools/soqlMetadata/standardObjects/CronTrigger.json',
    commit: '53324ac67fadc1acf0297394ba496a409dda9351',
  },
  reference: {
    page: 'https://developer.salesforce.com/docs/atlas.en-us.264.0.object_reference.meta/object_reference/sforce_api_objects_crontrigger.htm',
    apiVersion: '68.0 (preview)',
  },
  fields: {
    Id: { type: 'id', filterable: true, createable: false, updateable: false, nillable: false },
    CronJobDetailId: {
      type: 'reference',
      filterable: true,
      createable: false,
      updateable: false,
      nillable: true,
      referenceTo: ['CronJobDetail'],
      relationshipName: 'CronJobDetail',
    },
    NextFireTime: { type: 'datetime', filterable: true, createable: false, updateable: false, nillable: true },
    PreviousFireTime: { type: 'datetime', filterable: true, createable: false, updateable: false, nillable: true },
    State: { type: 'string', filterable: true, createable: false, updateable: false, nillable: true },
    StartTime: { type: 'datetime', filterable: true, createable: false, updateable: false, nillable: true },
    EndTime: { type: 'datetime', filterable: true, createable: false, updateable: false, nillable: true },
    CronExpression: { type: 'string', filterable: true, createable: false, updateable: false, nillable: true },
    TimeZoneSidKey: { type: 'picklist', filterable: true, createable: false, updateable: false, nillable: true },
    OwnerId: {
      type: 'reference',
      filterable: true,
      createable: false,
      updateable: false,
      nillable: true,
      referenceTo: ['User'],
      relationshipName: null,
    },
    LastModifiedById: {
      type: 'reference',
      filterable: true,
      createable: false,
      updateable: false,
      nillable: false,
      referenceTo: ['User'],
      relationshipName: 'LastModifiedBy',
    },
    CreatedById: {
      type: 'reference',
      filterable: true,
      createable: false,
      updateable: false,
      nillable: false,
      referenceTo: ['User'],
      relationshipName: 'CreatedBy',
    },
    CreatedDate: { type: 'datetime', filterable: true, createable: false, updateable: false, nillable: false },
    TimesTriggered: { type: 'int', filterable: true, createable: false, updateable: false, nillable: true },
  },
};
