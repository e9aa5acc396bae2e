import { createRule } from '../create-rule.js';
import { fail, inconclusive, notApplicable, pass } from '../outcome.js';
import { findPlatformApp, generationOf, NO_APP_REASON, PLATFORM_ERROR } from '../shared/connected-app.js';
import { records } from '../shared/sobjects.js';
import { sameId } from '../../org/record-id.js';

const STEPS = [
  'Setup > Apps > Connected Apps > Manage Connected Apps.',
  'Click Edit in the row of JustOn Platform.',
  "In Permitted Users select 'Admin approved users are pre-authorized' and confirm.",
  'Click Save. This blocks every user, admins included, until profiles are authorized (see connected-app/profiles-authorized).',
];

// [unverified] the Setup path of an External Client App's OAuth policies; the policy values are Metadata API's
// ExtlClntAppOauthConfigurablePolicies.permittedUsersPolicyType (META meta_extlclntappoauthconfigurablepolicies.htm).
const ECA_STEPS = [
  'Setup > Apps > External Client Apps > External Client App Manager.',
  'Open JustOn Platform, tab Policies, and click Edit.',
  "Under OAuth Policies set Permitted Users to 'Admin approved users are pre-authorized'.",
  'Click Save, then authorize System Administrator and the JustOn users (see connected-app/profiles-authorized).',
];

/** ExtlClntAppOauthPlcyCnfg.PermittedUsersPolicyType of an admin-approved External Client App. */
const ADMIN_APPROVED = 'AdminApprovedPreAuthorized';

export default createRule({
  meta: {
    id: 'connected-app/admin-approved',
    title: "JustOn Platform connected app is 'Admin approved users are pre-authorized'",
    description:
      'The connected app JustOn Platform has Permitted Users = Admin approved users are pre-authorized (ConnectedApplication.OptionsAllowAdminApprovedUsersOnly); moved to an External Client App, its OAuth policy does (ExtlClntAppOauthPlcyCnfg.PermittedUsersPolicyType = AdminApprovedPreAuthorized).',
    whyItMatters: `JustOn only lets pre-authorized users reach its Heroku platform. With 'All users may self-authorize' users get "${PLATFORM_ERROR}". Salesforce may reset the setting after a package install.`,
    severity: 'error',
    category: 'connected-app',
    requires: ['records.ConnectedApplication'],
    conditionallyRequires: ['records.ExternalClientApplication', 'records.ExtlClntAppOauthPlcyCnfg'],
    messages: {
      selfAuthorize: `Connected app '{{app}}' lets all users self-authorize; set Permitted Users to 'Admin approved users are pre-authorized' or users get "${PLATFORM_ERROR}".`,
      ecaSelfAuthorize: `External Client App '{{app}}' lets all users self-authorize (PermittedUsersPolicyType {{policy}}); set Permitted Users to 'Admin approved users are pre-authorized' or users get "${PLATFORM_ERROR}".`,
    },
    fixable: 'manual',
    remediation: {
      text: "Edit the JustOn Platform connected app policies and set Permitted Users to 'Admin approved users are pre-authorized'.",
      setupPath: 'Setup > Apps > Connected Apps > Manage Connected Apps > JustOn Platform > Edit Policies > Permitted Users',
      steps: STEPS,
    },
    docsUrl: 'https://docs.juston.com/en/jo_admin_install/',
  },
  defaultOptions: {},
  check(snapshot, _options, context) {
    const app = findPlatformApp(snapshot, context);
    if (!app) return notApplicable(NO_APP_REASON(context.connectedAppName));
    const generation = generationOf(app, context.connectedAppName);
    const resource = {
      type: app.kind === 'connected-app' ? 'ConnectedApplication' : 'ExternalClientApplication',
      id: app.id,
      name: app.name,
    };
    if (app.kind === 'connected-app') {
      if (app.adminApproved) return pass(`${generation} '${app.name}' is admin-approved.`);
      return fail(
        [{ resource, messageId: 'selfAuthorize', data: { app: app.name }, fix: { kind: 'manual', steps: [...STEPS] } }],
        generation,
      );
    }
    context.require('records.ExtlClntAppOauthPlcyCnfg');
    const policy = records(snapshot, 'ExtlClntAppOauthPlcyCnfg').find((p) => sameId(p.ExternalClientApplicationId, app.id));
    if (!policy) return inconclusive(`${generation} No OAuth policy of '${app.name}' was returned, so its Permitted Users are unknown.`);
    if (policy.PermittedUsersPolicyType === ADMIN_APPROVED) return pass(`${generation} '${app.name}' is admin-approved.`);
    return fail(
      [
        {
          resource,
          messageId: 'ecaSelfAuthorize',
          data: { app: app.name, policy: policy.PermittedUsersPolicyType },
          fix: { kind: 'manual', steps: [...ECA_STEPS] },
        },
      ],
      generation,
    );
  },
});
