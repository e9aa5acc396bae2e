import { defineObject } from '../define-object.js';
import { readOnly } from '../field.js';

/**
 * OBJ sforce_api_objects_extlclntappoauthplcycnfg.htm lists the object "for internal use only", without fields. The
 * fields are those public tools query over the data API (`SELECT ExternalClientApplicationId,
 * PermittedUsersPolicyType FROM ExtlClntAppOauthPlcyCnfg`, [community]: sfdx-hardis, Salesforce Inspector
 * Reloaded); the values are Metadata API's ExtlClntAppOauthConfigurablePolicies.permittedUsersPolicyType
 * (META meta_extlclntappoauthconfigurablepolicies.htm). The key prefix is [unverified].
 */
export const extlClntAppOauthPlcyCnfg = defineObject({
  name: 'ExtlClntAppOauthPlcyCnfg',
  source: 'OBJ sforce_api_objects_extlclntappoauthplcycnfg.htm',
  keyPrefix: '0xP',
  fields: [
    readOnly('ExternalClientApplicationId', 'reference', {
      referenceTo: ['ExternalClientApplication'],
      relationshipName: 'ExternalClientApplication',
      nillable: false,
    }),
    readOnly('PermittedUsersPolicyType', 'picklist', { picklistValues: ['AdminApprovedPreAuthorized', 'AllSelfAuthorized'] }),
  ],
});
