import type { Snapshot } from '@juston-audit/org-snapshot';
import { sameId } from '../../org/record-id.js';
import { createRule } from '../create-rule.js';
import { fail, inconclusive, manual, notApplicable, pass } from '../outcome.js';
import { findPlatformApp, generationOf, PLATFORM_ERROR } from '../shared/connected-app.js';
import { describeGrants, setupEntityGrants, userGrants, type Grant } from '../shared/effective-access.js';
import { accessIndex } from '../shared/access-index.js';
import { records, toolingRecords } from '../shared/sobjects.js';
import { userResource } from '../shared/juston-users.js';
import type { Evidence, FindingDraft, RuleContext } from '../types.js';

type Msg =
  | 'flowMissing'
  | 'noAdminFlowAccess'
  | 'userMissing'
  | 'userNotApiEnabled'
  | 'userNotLicensed'
  | 'userWithoutPermissionSet'
  | 'userNotConfigured';

// The current guide, "Enabling Platform Integration" (docs.juston.com/admin/jo_admin_install, jo_admin_cfg_app).
const STEPS = [
  "Setup > Users > Permission Sets > New: create a permission set (e.g. 'JustOn Global Configuration').",
  'In it, open Flow Access, add ONB2.Global Configuration and save.',
  'Assign the permission set to the administrators (users with the System Administrator profile) who configure JustOn.',
  'App Launcher > JustOn Configuration > Global Configuration: choose the platform integration user and save.',
  'Make sure that user is active, API Enabled, holds a JustOn licence and a JustOn permission set (e.g. JustOn Read/Write).',
  'Name that user in juston-audit.config.json as platformIntegrationUser, so the audit checks it.',
];

/** What the checks of this generation read. */
const GENERATION_DATA = [
  'records.User',
  'records.PermissionSetAssignment',
  'records.PermissionSet',
  'records.PermissionSetGroup',
  'records.Profile',
  'records.SetupEntityAccess',
  'tooling.FlowDefinition',
] as const;

const defaults = { systemAdministratorProfile: 'System Administrator', flow: 'Global Configuration' };

const same = (a: string | null | undefined, b: string) => (a ?? '').toLowerCase() === b.toLowerCase();

/** The active users with the administrator profile (by name; else the standard profile with Modify All Data). */
function administrators(snapshot: Snapshot, profileName: string) {
  const { sets } = accessIndex(snapshot);
  const profiles = records(snapshot, 'Profile');
  const admin =
    profiles.find((p) => p.Name === profileName) ??
    profiles.find((p) =>
      [...sets.values()].some((ps) => ps.IsOwnedByProfile && ps.ProfileId === p.Id && ps.PermissionsModifyAllData && !ps.IsCustom),
    );
  return records(snapshot, 'User').filter((u) => u.IsActive && admin && sameId(u.ProfileId, admin.Id));
}

/** What the platform integration user lacks, or null when a value it needs is unknown. */
function integrationUserGaps(snapshot: Snapshot, context: RuleContext, username: string, evidence: Evidence[]): FindingDraft<Msg>[] | null {
  context.require('records.PackageLicense', 'records.UserPackageLicense');
  const user = records(snapshot, 'User').find((u) => same(u.Username, username) && u.IsActive);
  const ns = context.namespace;
  if (!user) return [{ resource: { type: 'User', name: username }, messageId: 'userMissing', data: { user: username } }];
  const { sets, groups, licensedUsers } = accessIndex(snapshot);
  const grants = userGrants(snapshot, user.Id, context.now);
  const gaps: FindingDraft<Msg>[] = [];
  const data = { user: user.Username, namespace: ns };
  const api = grants.filter((g) => sets.get(g.permissionSetId)?.PermissionsApiEnabled === true);
  if (api.length === 0 && grants.some((g) => typeof sets.get(g.permissionSetId)?.PermissionsApiEnabled !== 'boolean')) return null;
  if (api.length === 0) gaps.push({ resource: userResource(user), messageId: 'userNotApiEnabled', data });
  else evidence.push({ resource: userResource(user), detail: `API Enabled via ${describeGrants(api)}` });
  const licences = records(snapshot, 'PackageLicense').filter((l) => same(l.NamespacePrefix, ns));
  if (!licences.some((l) => l.AllowedLicenses === -1 || licensedUsers.get(l.Id)?.has(user.Id))) {
    gaps.push({ resource: userResource(user), messageId: 'userNotLicensed', data });
  }
  const inNamespace = (g: Grant) =>
    g.via !== 'profile' &&
    [sets.get(g.permissionSetId)?.NamespacePrefix, groups.get(g.groupId ?? '')?.NamespacePrefix].some((p) => same(p, ns));
  const justOn = grants.filter(inNamespace);
  if (justOn.length === 0) gaps.push({ resource: userResource(user), messageId: 'userWithoutPermissionSet', data });
  else evidence.push({ resource: userResource(user), detail: `JustOn access via ${describeGrants(justOn)}` });
  return gaps;
}

export default createRule({
  meta: {
    id: 'platform/integration',
    title: 'Platform integration is set up (current guide)',
    description:
      "For orgs on the current guide's generation (no JustOn Platform connected app, nor an External Client App of that name): at least one active System Administrator holds Flow Access to JustOn's Global Configuration flow through a profile or permission set (SetupEntityAccess with SetupEntityType FlowDefinition on the flow's Tooling FlowDefinition Id, API 58.0+); and, when the config names platformIntegrationUser, that user is active, API Enabled (through any profile or permission set they hold), holds a JustOn licence and a permission set of the JustOn namespace. Where JustOn stores its choice of integration user is not public, so without that config the integration-user part is a manual step. The flow is found by its label or API name in the JustOn namespace (option flow; its API name is not public).",
    whyItMatters: `On the current generation Salesforce and the JustOn platform talk through the platform integration user. Without it, or without an admin able to open Global Configuration to choose it, JustOn's platform logic cannot run; users may then see "${PLATFORM_ERROR}".`,
    severity: 'error',
    category: 'platform',
    // The rest only on the platform integration generation: an org on another one never waits on it.
    requires: ['records.ConnectedApplication'],
    conditionallyRequires: [
      'records.ExternalClientApplication',
      ...GENERATION_DATA,
      'records.PackageLicense',
      'records.UserPackageLicense',
    ],
    messages: {
      flowMissing:
        "The flow '{{flow}}' of the {{namespace}} package does not exist, so nobody can open JustOn Configuration › Global Configuration.",
      noAdminFlowAccess:
        "No active user with the profile '{{profile}}' holds Flow Access to {{namespace}}.{{flow}}, so no administrator can open Global Configuration to choose the platform integration user.",
      userMissing: "The platform integration user '{{user}}' is not an active user of the org (inactive, or no such username).",
      userNotApiEnabled: "The platform integration user '{{user}}' is not API Enabled (no profile or permission set of theirs grants it).",
      userNotLicensed: "The platform integration user '{{user}}' holds no {{namespace}} licence.",
      userWithoutPermissionSet:
        "The platform integration user '{{user}}' holds no permission set of the {{namespace}} namespace (e.g. JustOn Read/Write).",
      userNotConfigured:
        'The config names no platformIntegrationUser: confirm in JustOn Configuration › Global Configuration that an integration user is chosen, active, API Enabled, licensed and assigned a JustOn permission set, then name it in the config.',
    },
    schema: {
      type: 'object',
      properties: {
        systemAdministratorProfile: { type: 'string', minLength: 1 },
        flow: { type: 'string', minLength: 1, description: "The Global Configuration flow's label or API name in the JustOn namespace." },
      },
      additionalProperties: false,
    },
    fixable: 'manual',
    remediation: {
      text: 'Grant administrators Flow Access to ONB2.Global Configuration through a permission set, choose the platform integration user in JustOn Configuration › Global Configuration, and make sure that user is active, API Enabled, licensed and holds a JustOn permission set.',
      setupPath:
        'Setup > Users > Permission Sets > (permission set) > Flow Access; App Launcher > JustOn Configuration > Global Configuration',
      steps: STEPS,
    },
    docsUrl: 'https://docs.juston.com/admin/jo_admin_install',
  },
  defaultOptions: defaults,
  check(snapshot, options, context) {
    const app = findPlatformApp(snapshot, context);
    const generation = generationOf(app, context.connectedAppName);
    if (app)
      return notApplicable(
        `${generation} This rule checks the platform integration user of the current guide; the connected-app rules apply instead.`,
      );
    context.require(...GENERATION_DATA);
    const ns = context.namespace;
    const flow = toolingRecords(snapshot, 'FlowDefinition').find(
      (f) => same(f.NamespacePrefix, ns) && (same(f.MasterLabel, options.flow) || same(f.DeveloperName, options.flow.replace(/\s+/g, '_'))),
    );
    const flowData = { flow: options.flow, namespace: ns };
    if (!flow)
      return fail(
        [{ resource: { type: 'FlowDefinition', name: `${ns}.${options.flow}` }, messageId: 'flowMissing', data: flowData }],
        generation,
      );
    const evidence: Evidence[] = [];
    for (const admin of administrators(snapshot, options.systemAdministratorProfile)) {
      const via = setupEntityGrants(snapshot, userGrants(snapshot, admin.Id, context.now), flow.Id);
      if (via.length)
        evidence.push({ resource: userResource(admin), detail: `Flow Access to ${ns}.${flow.MasterLabel} via ${describeGrants(via)}` });
    }
    const findings: FindingDraft<Msg>[] = [];
    if (evidence.length === 0) {
      findings.push({
        resource: { type: 'FlowDefinition', id: flow.Id, name: `${ns}.${flow.MasterLabel}` },
        messageId: 'noAdminFlowAccess',
        data: { ...flowData, flow: flow.MasterLabel, profile: options.systemAdministratorProfile },
        fix: { kind: 'manual', steps: STEPS.slice(0, 3) },
      });
    }
    const username = context.platformIntegrationUser;
    const gaps = username ? integrationUserGaps(snapshot, context, username, evidence) : [];
    const unknown = gaps === null ? ` Whether the platform integration user '${username}' is API Enabled could not be read.` : '';
    if (unknown && findings.length === 0) return inconclusive(`${generation}${unknown}`);
    findings.push(...(gaps ?? []).map((g) => ({ ...g, fix: { kind: 'manual' as const, steps: STEPS.slice(3) } })));
    if (findings.length) return { ...fail(findings, `${generation}${unknown}`), ...(evidence.length ? { evidence } : {}) };
    if (!username) {
      return manual(
        `${generation} Administrators can open Global Configuration; the platform integration user is not named in the config.`,
        [
          {
            resource: { type: 'Organization', name: 'Platform integration user' },
            messageId: 'userNotConfigured',
            fix: { kind: 'manual', steps: STEPS.slice(3) },
          },
        ],
      );
    }
    return pass(
      `${generation} Administrators can open Global Configuration and the platform integration user '${username}' is ready.`,
      evidence,
    );
  },
});
