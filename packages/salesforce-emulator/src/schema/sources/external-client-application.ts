import { AUDIT_FIELDS, type ObjectSource } from './object-source.js';

/**
 * The reference lists the object "for internal use only" with describeSObjects, retrieve and search; public tools
 * query it (sfdx-hardis, Salesforce Inspector Reloaded), and the captured describe says it is queryable.
 */
export const externalClientApplicationSource: ObjectSource = {
  object: 'ExternalClientApplication',
  describe: {
    repo: 'AndrewPickett1/Pokeorg',
    path: '.sfdx/tools/soqlMetadata/standardObjects/ExternalClientApplication.json',
    commit: '2dbe6ae69af57a8aad7718cc23fb29e1237fe374',
  },
  reference: {
    page: 'https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-externalclientapplication.html',
    apiVersion: 'not read',
  },
  fields: {
    Id: { type: 'id', filterable: true, createable: false, updateable: false, nillable: false },
    DeveloperName: { type: 'string', filterable: true, createable: false, updateable: false, nillable: false },
    MasterLabel: { type: 'string', filterable: true, createable: false, updateable: false, nillable: false },
    NamespacePrefix: { type: 'string', filterable: true, createable: false, updateable: false, nillable: true },
    DistributionState: { type: 'picklist', filterable: true, createable: false, updateable: false, nillable: true },
    ...AUDIT_FIELDS,
  },
  unsettled: { properties: ['createable', 'updateable'], fields: ['DeveloperName', 'MasterLabel', 'NamespacePrefix', 'DistributionState'] },
};
