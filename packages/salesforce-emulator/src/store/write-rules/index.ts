import type { WriteRule } from '../dml/write-rule.js';
import { fieldPermissionsRule } from './field-permissions.js';
import { managedParent } from './managed-parent.js';
import { objectPermissionsRule } from './object-permissions.js';
import { permissionSetAssignmentRule } from './permission-set-assignment.js';
import { permissionSetTabSettingRule } from './permission-set-tab-setting.js';
import { permissionSetRule } from './permission-set.js';
import { remoteProxyRule } from './remote-proxy.js';
import { setupEntityAccessRule } from './setup-entity-access.js';
import { standardProfile } from './standard-profile.js';
import { systemPermissionRows } from './system-permission-rows.js';
import { userPackageLicenseRule } from './user-package-license.js';
import { userRule } from './user.js';

/** The org's write rules, run in this order (ownership checks before content checks). */
export const writeRules: readonly WriteRule[] = [
  systemPermissionRows,
  managedParent,
  standardProfile,
  objectPermissionsRule,
  fieldPermissionsRule,
  permissionSetTabSettingRule,
  setupEntityAccessRule,
  permissionSetRule,
  permissionSetAssignmentRule,
  userPackageLicenseRule,
  userRule,
  remoteProxyRule,
];
