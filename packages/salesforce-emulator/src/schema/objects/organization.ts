import { defineObject } from '../define-object.js';
import { organizationSource } from '../sources/organization.js';

/** Describe, query, retrieve only. */
export const organization = defineObject({
  name: 'Organization',
  source: organizationSource,
  keyPrefix: '00D',
  fields: [
    'Name',
    'Division',
    [
      'OrganizationType',
      {
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
      },
    ],
    'IsSandbox',
    'IsReadOnly',
    'InstanceName',
    'TrialExpirationDate',
    'NamespacePrefix',
    'LanguageLocaleKey',
    'DefaultLocaleSidKey',
    'TimeZoneSidKey',
    'Country',
    'PrimaryContact',
  ],
});
