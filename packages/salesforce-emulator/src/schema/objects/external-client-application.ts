import { defineObject } from '../define-object.js';
import { readOnly } from '../field.js';

/**
 * OBJ sforce_api_objects_externalclientapplication.htm: "For internal use only" (API 56.0+), DeveloperName
 * documented. Public tools query it over the data API with MasterLabel, NamespacePrefix and DistributionState
 * ([community]: sfdx-hardis `hardis:org:diagnose:unsecure-connected-apps`, Salesforce Inspector Reloaded).
 * Its Id is the SetupEntityId of access rows with SetupEntityType ExternalClientApplication (API 60.0+). The key
 * prefix is [unverified].
 */
export const externalClientApplication = defineObject({
  name: 'ExternalClientApplication',
  source: 'OBJ sforce_api_objects_externalclientapplication.htm',
  keyPrefix: '0xI',
  fields: [
    readOnly('DeveloperName', 'string', { nillable: false }),
    readOnly('MasterLabel', 'string', { nillable: false }),
    readOnly('NamespacePrefix', 'string'),
    readOnly('DistributionState', 'picklist', { picklistValues: ['Local', 'Packaged'] }),
  ],
});
