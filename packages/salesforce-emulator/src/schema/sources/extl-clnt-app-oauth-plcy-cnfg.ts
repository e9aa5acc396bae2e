import { AUDIT_FIELDS, type ObjectSource } from './object-source.js';

/**
 * The reference lists the object "for internal use only", without fields; the captured describe gives them, public
 * tools query it (`SELECT ExternalClientApplicationId, PermittedUsersPolicyType FROM ExtlClntAppOauthPlcyCnfg`:
 * sfdx-hardis, Salesforce Inspector Reloaded). The values match Metadata API's
 * ExtlClntAppOauthConfigurablePolicies.permittedUsersPolicyType.
 */
export const extlClntAppOauthPlcyCnfgSource: ObjectSource = {
  object: 'ExtlClntAppOauthPlcyCnfg',
  describe: {
    repo: 'AndrewPickett1/Pokeorg',
    path: '.sfdx/tools/soqlMetadata/standardObjects/ExtlClntAppOauthPlcyCnfg.json',
    commit: '2dbe6ae69af57a8aad7718cc23fb29e1237fe374',
  },
  reference: {
    page: 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_extlclntappoauthplcycnfg.htm',
    apiVersion: 'not read',
  },
  fields: {
    Id: { type: 'id', filterable: true, createable: false, updateable: false, nillable: false },
    ExternalClientApplicationId: {
      type: 'reference',
      filterable: true,
      createable: false,
      updateable: false,
      nillable: false,
      referenceTo: ['ExternalClientApplication'],
      relationshipName: 'ExternalClientApplication',
    },
    PermittedUsersPolicyType: { type: 'picklist', filterable: true, createable: false, updateable: false, nillable: false },
    ...AUDIT_FIELDS,
  },
  unsettled: { properties: ['createable', 'updateable'], fields: ['ExternalClientApplicationId', 'PermittedUsersPolicyType'] },
};
