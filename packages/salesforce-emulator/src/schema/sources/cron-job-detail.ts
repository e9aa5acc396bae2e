import type { ObjectSource } from './object-source.js';

/** Query-only (describeSObjects, query, retrieve): no field is createable or updateable. */
export const cronJobDetailSource: ObjectSource = {
  object: 'CronJobDetail',
  describe: {
    repo: 'jawills/jira-sf-integration',
    path: '.sfdx/tools/soqlMetadata/standardObjects/CronJobDetail.json',
    commit: '53324ac67fadc1acf0297394ba496a409dda9351',
  },
  reference: {
    page: 'https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-cronjobdetail.html',
    apiVersion: 'latest (lists CronJobType, 68.0)',
  },
  fields: {
    Id: { type: 'id', filterable: true, createable: false, updateable: false, nillable: false },
    Name: { type: 'string', filterable: true, createable: false, updateable: false, nillable: false },
    JobType: { type: 'picklist', filterable: true, createable: false, updateable: false, nillable: true },
  },
};
