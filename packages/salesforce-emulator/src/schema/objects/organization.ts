import { defineObject } from '../define-object.js';
import { readOnly } from '../field.js';

/** OBJ sforce_api_objects_organization.htm: describe, query, retrieve only. */
export const organization = defineObject({
  name: 'Organization',
  source: 'OBJ sforce_api_objects_organization.htm',
  keyPrefix: '00D',
  fields: [
    readOnly('Name', 'string', { nillable: false }),
    readOnly('Division', 'string'),
    readOnly('OrganizationType', 'picklist', {
      picklistValues: [
        'Team Edition',
        'Professional Edition',
        'Enterprise Edition',
        'Developer Edition',
        'Personal Edition',
        'Unlimited Edition',
        'Contact Manager Edition',
        'Base Edition',
      ],
    }),
    readOnly('IsSandbox', 'boolean'),
    readOnly('IsReadOnly', 'boolean'),
    readOnly('InstanceName', 'string'),
    readOnly('TrialExpirationDate', 'datetime'),
    readOnly('NamespacePrefix', 'string'),
    readOnly('LanguageLocaleKey', 'picklist'),
    readOnly('DefaultLocaleSidKey', 'picklist'),
    readOnly('TimeZoneSidKey', 'picklist'),
    readOnly('Country', 'string'),
    readOnly('PrimaryContact', 'string'),
  ],
});
