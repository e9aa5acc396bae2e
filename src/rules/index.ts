import balanceFields from './access/balance-fields.js';
import balanceObject from './access/balance-object.js';
import balanceTab from './access/balance-tab.js';
import requiredComponents from './access/required-components.js';
import shippedPermissionSets from './access/shipped-permission-sets.js';
import taskTypeField from './access/task-type-field.js';
import adminApproved from './connected-app/admin-approved.js';
import profilesAuthorized from './connected-app/profiles-authorized.js';
import usersAuthorized from './connected-app/users-authorized.js';
import adminsOnly from './install/admins-only.js';
import remoteSitesActive from './install/remote-sites-active.js';
import jobFailures from './jobs/failures.js';
import jobsScheduled from './jobs/scheduled.js';
import licenseAssigned from './license/assigned.js';
import licenseStatus from './license/status.js';
import editionSupported from './org/edition-supported.js';
import productionInstall from './org/production-install.js';
import salesforceFeatures from './org/salesforce-features.js';
import packageInstalled from './package/installed.js';
import platformIntegration from './platform/integration.js';
import browserCachingDisabled from './session/browser-caching-disabled.js';
import loginAccess from './support/login-access.js';
import type { AnyRule } from './types.js';

/** Every rule, in report order (the order of the installation guide). Explicit: no globbing. */
export const rules: readonly AnyRule[] = [
  editionSupported,
  productionInstall,
  packageInstalled,
  browserCachingDisabled,
  salesforceFeatures,
  adminApproved,
  profilesAuthorized,
  usersAuthorized,
  platformIntegration,
  shippedPermissionSets,
  balanceObject,
  balanceFields,
  balanceTab,
  taskTypeField,
  requiredComponents,
  licenseAssigned,
  licenseStatus,
  adminsOnly,
  remoteSitesActive,
  loginAccess,
  jobsScheduled,
  jobFailures,
];

export const ruleIds: readonly string[] = rules.map((r) => r.meta.id);

export function findRule(id: string): AnyRule | undefined {
  return rules.find((r) => r.meta.id === id);
}

export type { AnyRule } from './types.js';
