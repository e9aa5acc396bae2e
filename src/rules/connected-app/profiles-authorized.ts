import { createRule } from '../create-rule.js';
import { fail, notApplicable, pass } from '../outcome.js';
import type { FindingDraft } from '../types.js';
import { ENTITY_TYPE, findPlatformApp, generationOf, KIND_LABEL, NO_APP_REASON } from '../shared/connected-app.js';
import { sameId } from '../../org/record-id.js';
import { records, type PermissionSetRow } from '../shared/sobjects.js';

type Msg = 'profileNotAuthorized' | 'permissionSetNotAuthorized' | 'notFound';

export default createRule({
  meta: {
    id: 'connected-app/profiles-authorized',
    title: 'System Administrator (and configured profiles) authorized on JustOn Platform',
    description:
      'The System Administrator profile, plus any configured profiles and permission sets, hold access to the JustOn Platform connected app, or to the External Client App it moved to (SetupEntityAccess).',
    whyItMatters:
      'Once the app is admin-approved only authorized profiles and permission sets can use it; without System Administrator even admins cannot run JustOn platform logic.',
    severity: 'error',
    category: 'connected-app',
    requires: ['records.ConnectedApplication', 'records.SetupEntityAccess', 'records.Profile', 'records.PermissionSet'],
    conditionallyRequires: ['records.ExternalClientApplication'],
    messages: {
      profileNotAuthorized: "Profile '{{name}}' is not authorized on {{kind}} '{{app}}'.",
      permissionSetNotAuthorized: "Permission set '{{name}}' is not authorized on {{kind}} '{{app}}'.",
      notFound: "The {{kind}} '{{name}}' that must be authorized on '{{app}}' does not exist.",
    },
    schema: {
      type: 'object',
      properties: {
        systemAdministratorProfile: { type: 'string', minLength: 1 },
        profiles: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
        permissionSets: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
      },
      additionalProperties: false,
    },
    fixable: 'safe',
    remediation: {
      text: 'On the JustOn Platform detail page, click Manage Profiles (or Manage Permission Sets), select System Administrator and the other required profiles, and click Save.',
      setupPath: 'Setup > Apps > Connected Apps > Manage Connected Apps > JustOn Platform > Profiles > Manage Profiles',
    },
    docsUrl: 'https://docs.juston.com/en/jo_admin_install/',
  },
  defaultOptions: { systemAdministratorProfile: 'System Administrator', profiles: [] as string[], permissionSets: [] as string[] },
  check(snapshot, options, context) {
    const app = findPlatformApp(snapshot, context);
    if (!app) return notApplicable(NO_APP_REASON(context.connectedAppName));
    const kind = KIND_LABEL[app.kind];
    const sets = records(snapshot, 'PermissionSet');
    const profiles = records(snapshot, 'Profile');
    const ownPs = (profileId: string) => sets.find((ps) => ps.IsOwnedByProfile && ps.ProfileId === profileId);
    // Profile names are language dependent: fall back to the standard profile with Modify All Data.
    const admin =
      profiles.find((p) => p.Name === options.systemAdministratorProfile) ??
      profiles.find((p) => {
        const ps = ownPs(p.Id);
        return ps?.PermissionsModifyAllData && !ps.IsCustom;
      });
    const wanted: Array<{ kind: 'profile' | 'permission set'; name: string; ps?: PermissionSetRow; profileId?: string }> = [];
    for (const name of new Set([admin?.Name ?? options.systemAdministratorProfile, ...options.profiles])) {
      const p = profiles.find((x) => x.Name === name);
      wanted.push({ kind: 'profile', name, ps: p && ownPs(p.Id), profileId: p?.Id });
    }
    for (const name of options.permissionSets) wanted.push({ kind: 'permission set', name, ps: sets.find((s) => s.Name === name) });
    const granted = new Set(
      records(snapshot, 'SetupEntityAccess')
        .filter((r) => sameId(r.SetupEntityId, app.id))
        .map((r) => r.ParentId),
    );
    const findings: FindingDraft<Msg>[] = [];
    for (const w of wanted) {
      const type = w.kind === 'profile' ? 'Profile' : 'PermissionSet';
      if (!w.ps) {
        findings.push({ resource: { type, name: w.name }, messageId: 'notFound', data: { kind: w.kind, name: w.name, app: app.name } });
      } else if (!granted.has(w.ps.Id)) {
        findings.push({
          resource: { type, id: w.profileId ?? w.ps.Id, name: w.name },
          messageId: w.kind === 'profile' ? 'profileNotAuthorized' : 'permissionSetNotAuthorized',
          data: { name: w.name, kind, app: app.name },
          fix: {
            kind: 'setup-entity-access',
            entityType: ENTITY_TYPE[app.kind],
            entityId: app.id,
            permissionSetId: w.ps.Id,
            permissionSetIsManaged: w.ps.NamespacePrefix !== null,
            ...(w.profileId ? { profileId: w.profileId } : {}),
          },
        });
      }
    }
    const generation = generationOf(app, context.connectedAppName);
    return findings.length ? fail(findings, generation) : pass(`${generation} Authorized: ${wanted.map((w) => w.name).join(', ')}.`);
  },
});
