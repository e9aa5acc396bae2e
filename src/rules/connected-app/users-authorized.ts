import { createRule } from '../create-rule.js';
import { fail, notApplicable, pass } from '../outcome.js';
import type { Evidence, FindingDraft } from '../types.js';
import { ENTITY_TYPE, findPlatformApp, generationOf, KIND_LABEL, NO_APP_REASON, PLATFORM_ERROR } from '../shared/connected-app.js';
import { describeGrants, perGrantList, setupEntityGrants } from '../shared/effective-access.js';
import { JUSTON_USER_DATA, justOnUsers, userResource } from '../shared/juston-users.js';

export default createRule({
  meta: {
    id: 'connected-app/users-authorized',
    title: 'Every JustOn user is authorized on JustOn Platform',
    description:
      'Each JustOn user holds access to the JustOn Platform connected app (or the External Client App it moved to) through their profile, a permission set or a permission set group.',
    whyItMatters: `A JustOn user who is not pre-authorized on the connected app gets "${PLATFORM_ERROR}" whenever JustOn runs business logic on its platform.`,
    severity: 'error',
    category: 'connected-app',
    requires: ['records.ConnectedApplication', 'records.SetupEntityAccess', ...JUSTON_USER_DATA],
    conditionallyRequires: ['records.ExternalClientApplication'],
    messages: {
      notAuthorized: `User '{{user}}' cannot use {{kind}} '{{app}}' (no profile or permission set of theirs is authorized) and will get "${PLATFORM_ERROR}".`,
    },
    fixable: 'review',
    remediation: {
      text: 'Authorize a permission set on JustOn Platform (Manage Permission Sets) and assign it to the users, or authorize their profile (Manage Profiles).',
      setupPath: 'Setup > Apps > Connected Apps > Manage Connected Apps > JustOn Platform > Permission Sets > Manage Permission Sets',
    },
    docsUrl: 'https://docs.juston.com/en/jo_admin_install/',
  },
  defaultOptions: {},
  check(snapshot, _options, context) {
    const app = findPlatformApp(snapshot, context);
    if (!app) return notApplicable(NO_APP_REASON(context.connectedAppName));
    const users = justOnUsers(snapshot, context);
    const findings: FindingDraft<'notAuthorized'>[] = [];
    const evidence: Evidence[] = [];
    // The evidence for an authorized user, or null.
    const authorizedVia = perGrantList((grants) => {
      const via = setupEntityGrants(snapshot, grants, app.id);
      return via.length > 0 ? `authorized via ${describeGrants(via)}` : null;
    });
    for (const { user, grants } of users) {
      const detail = authorizedVia(grants);
      if (detail !== null) {
        evidence.push({ resource: userResource(user), detail });
        continue;
      }
      findings.push({
        resource: userResource(user),
        messageId: 'notAuthorized',
        data: { user: user.Username, kind: KIND_LABEL[app.kind], app: app.name },
        fix: {
          kind: 'setup-entity-access',
          entityType: ENTITY_TYPE[app.kind],
          entityId: app.id,
          permissionSetId: null,
          permissionSetIsManaged: false,
          userId: user.Id,
        },
      });
    }
    const generation = generationOf(app, context.connectedAppName);
    if (findings.length) return { ...fail(findings, generation), ...(evidence.length ? { evidence } : {}) };
    return pass(`${generation} All ${users.length} JustOn users are authorized.`, evidence);
  },
});
