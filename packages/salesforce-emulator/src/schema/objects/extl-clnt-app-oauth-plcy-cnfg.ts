import { defineObject } from '../define-object.js';
import { extlClntAppOauthPlcyCnfgSource } from '../sources/extl-clnt-app-oauth-plcy-cnfg.js';

/** An External Client App's OAuth policy (read-only here): who may use the app. The key prefix is [unverified]. */
export const extlClntAppOauthPlcyCnfg = defineObject({
  name: 'ExtlClntAppOauthPlcyCnfg',
  source: extlClntAppOauthPlcyCnfgSource,
  keyPrefix: '0xP',
  fields: [
    'ExternalClientApplicationId',
    ['PermittedUsersPolicyType', { picklistValues: ['AllSelfAuthorized', 'AdminApprovedPreAuthorized'] }],
  ],
});
