import type { UserPermission } from './user-permissions.js';

/** Alternatives: the need is met when every permission of any one alternative is held. */
export type PermissionNeed = UserPermission[][];

export interface Requirement {
  /** What the permission is needed for, in a few words. */
  what: string;
  rules: string[];
  needs: PermissionNeed;
}

const USER_DATA_RULES = [
  'connected-app/profiles-authorized', 'connected-app/users-authorized', 'access/balance-object', 'access/balance-fields',
  'access/balance-tab', 'access/task-type-field', 'access/required-components', 'license/assigned', 'install/admins-only',
];

/**
 * What reading needs (salesforce-api.md): permission rows, SetupEntityAccess and assignments need View
 * Setup and Configuration (Summer '20, API 49.0); Metadata reads need Modify All Data or Modify Metadata.
 */
export const READ_REQUIREMENTS: Requirement[] = [
  { what: 'any API access', rules: ['*'], needs: [['PermissionsApiEnabled']] },
  { what: 'reading permission sets, assignments and setup entity access', rules: USER_DATA_RULES, needs: [['PermissionsViewSetup']] },
  { what: 'reading installed packages and remote sites (Tooling API)', rules: ['package/installed', 'install/remote-sites-active'], needs: [['PermissionsViewSetup']] },
  { what: 'reading MobileSettings (Metadata API)', rules: ['session/browser-caching-disabled'], needs: [['PermissionsModifyAllData'], ['PermissionsModifyMetadata']] },
];

/** What the fixes need: the UI's requirements for the same changes (API equivalents are [unverified]). */
export const FIX_REQUIREMENTS: Requirement[] = [
  { what: 'updating MobileSettings', rules: ['session/browser-caching-disabled'], needs: [['PermissionsModifyAllData'], ['PermissionsModifyMetadata', 'PermissionsCustomizeApplication']] },
  {
    what: 'authorizing profiles and permission sets on the connected app',
    rules: ['connected-app/profiles-authorized', 'connected-app/users-authorized'],
    needs: [['PermissionsCustomizeApplication', 'PermissionsModifyAllData', 'PermissionsManageProfilesPermissionsets']],
  },
  {
    what: 'creating the Balance permission set and assigning it',
    rules: ['access/balance-object', 'access/balance-fields', 'access/balance-tab', 'access/task-type-field', 'access/required-components', 'connected-app/users-authorized'],
    needs: [['PermissionsManageProfilesPermissionsets', 'PermissionsAssignPermissionSets'], ['PermissionsManageProfilesPermissionsets', 'PermissionsManageUsers']],
  },
  { what: 'assigning package licences', rules: ['license/assigned'], needs: [['PermissionsManagePackageLicenses'], ['PermissionsModifyAllData']] },
];
