/** Every rule id of the JustOn rule set, in registry order: the ids are stable, reports and configs name them. */
export const STABLE_RULE_IDS = [
  'org/edition-supported',
  'org/production-install',
  'package/installed',
  'session/browser-caching-disabled',
  'org/salesforce-features',
  'connected-app/admin-approved',
  'connected-app/profiles-authorized',
  'connected-app/users-authorized',
  'platform/integration',
  'access/shipped-permission-sets',
  'access/balance-object',
  'access/balance-fields',
  'access/balance-tab',
  'access/task-type-field',
  'access/required-components',
  'license/assigned',
  'license/status',
  'install/admins-only',
  'install/remote-sites-active',
  'support/login-access',
  'jobs/scheduled',
  'jobs/failures',
];

/** The rules `--fix --fix-type review` repairs on the misconfigured sample (licences stay: no seat is free). */
export const AUTO_FIXED_ON_MISCONFIGURED = [
  'session/browser-caching-disabled',
  'org/salesforce-features',
  'connected-app/profiles-authorized',
  'connected-app/users-authorized',
  'access/shipped-permission-sets',
  'access/balance-object',
  'access/balance-fields',
  'access/balance-tab',
  'access/task-type-field',
];
