import type { AuditConfig } from '../../src/config/types.js';

/** A config that uses every section of rules.schema.json; tests validate and mutate copies of it. */
export function fullConfig(): AuditConfig {
  return {
    $schema: './node_modules/juston-audit/rules.schema.json',
    namespace: 'ONB2',
    connectedAppName: 'JustOn Platform',
    justOnUsers: {
      byLicence: true,
      byNamespacePermissionSets: true,
      permissionSets: ['Billing_Team'],
      profiles: [],
      include: [],
      exclude: ['integration@acme.example'],
    },
    rules: {
      'org/production-install': 'off',
      'session/browser-caching-disabled': 'error',
      'connected-app/profiles-authorized': { options: { profiles: ['Billing User'], permissionSets: ['JustOn_Platform_Access'] } },
      'access/balance-object': { severity: 'error', options: { permissions: ['Read', 'Create', 'Edit', 'Delete'] } },
      'access/required-components': {
        options: {
          objects: [{ name: 'ONB2__Invoice__c', permissions: ['Read'] }],
          fields: [{ name: 'Account.ON_Segment__c', edit: false }],
          apexClasses: ['ONB2__InvoiceController'],
          visualforcePages: [],
          tabs: ['ONB2__Invoice__c'],
        },
      },
      'package/installed': { options: { minimumVersion: '2.55' } },
    },
    attestations: { 'support/login-access': { by: 'Ada Admin', date: '2026-11-01', expires: '2026-12-01', note: 'ticket 42' } },
    suppressions: [{ rule: 'license/status', resource: 'PackageLicense/*', reason: 'Renewal ordered', expires: '2026-12-31' }],
  };
}
