import { DEFAULT_COLLECT_OPTIONS } from '../collect/collect-options.js';
import { planReads, type ReadAccess } from '../collect/plan.js';
import { rules } from '../rules/index.js';
import { inNamespace, related } from '../rules/shared/data.js';
import type { Grant } from './user-permissions.js';

/** Alternatives: the need is met when every permission of any one alternative is held. */
export type PermissionNeed = Grant[][];

export interface Requirement {
  /** What the permission is needed for, in a few words. */
  what: string;
  rules: string[];
  needs: PermissionNeed;
}

const READ_ACCESS: Record<ReadAccess, { what: string; needs: PermissionNeed }> = {
  'setup-data': { what: 'reading permission sets, assignments, setup entity access and Apex jobs', needs: [['PermissionsViewSetup']] },
  tooling: { what: 'reading installed packages, remote sites and flows (Tooling API)', needs: [['PermissionsViewSetup']] },
  metadata: {
    what: 'reading MobileSettings and ContentSettings (Metadata API)',
    needs: [['PermissionsModifyAllData'], ['PermissionsModifyMetadata']],
  },
};

/** The rules, in report order, that require data one of the reads needing `access` fills. */
function rulesReading(access: ReadAccess): string[] {
  const filled = planReads(DEFAULT_COLLECT_OPTIONS)
    .filter((read) => read.access === access)
    .flatMap((read) => read.fills);
  return rules
    .filter((rule) =>
      inNamespace(rule.meta.requires, DEFAULT_COLLECT_OPTIONS.namespace).some((key) => filled.some((fill) => related(key, fill))),
    )
    .map((rule) => rule.meta.id);
}

/** What reading needs: from which reads need which access (collect/plan.ts) and which rules need their data. */
export const READ_REQUIREMENTS: Requirement[] = [
  { what: 'any API access', rules: ['*'], needs: [['PermissionsApiEnabled']] },
  ...(Object.keys(READ_ACCESS) as ReadAccess[]).map((access) => ({ ...READ_ACCESS[access], rules: rulesReading(access) })),
];

/** What the fixes need: the UI's requirements for the same changes (API equivalents are [unverified]). */
export const FIX_REQUIREMENTS: Requirement[] = [
  {
    what: 'updating MobileSettings',
    rules: ['session/browser-caching-disabled'],
    needs: [['PermissionsModifyAllData'], ['PermissionsModifyMetadata', 'PermissionsCustomizeApplication']],
  },
  {
    what: 'updating ContentSettings',
    rules: ['org/salesforce-features'],
    needs: [['PermissionsModifyAllData'], ['PermissionsModifyMetadata', 'PermissionsCustomizeApplication']],
  },
  {
    what: 'authorizing profiles and permission sets on the connected app',
    rules: ['connected-app/profiles-authorized', 'connected-app/users-authorized'],
    needs: [['PermissionsCustomizeApplication', 'PermissionsModifyAllData', 'PermissionsManageProfilesPermissionsets']],
  },
  {
    what: 'creating the Balance permission set and assigning it',
    rules: [
      'access/balance-object',
      'access/balance-fields',
      'access/balance-tab',
      'access/task-type-field',
      'access/required-components',
      'connected-app/users-authorized',
    ],
    needs: [
      ['PermissionsManageProfilesPermissionsets', 'PermissionsAssignPermissionSets'],
      ['PermissionsManageProfilesPermissionsets', 'PermissionsManageUsers'],
    ],
  },
  {
    what: "assigning JustOn's permission sets",
    rules: ['access/shipped-permission-sets'],
    needs: [['PermissionsAssignPermissionSets'], ['PermissionsManageUsers']],
  },
  {
    what: 'assigning package licences',
    rules: ['license/assigned'],
    needs: [['CreateUserPackageLicense']],
  },
];
