import { createRule } from '../create-rule.js';
import { fail, notApplicable, pass } from '../outcome.js';
import { findConnectedApp, NO_APP_REASON, PLATFORM_ERROR } from '../shared/connected-app.js';

const STEPS = [
  'Setup > Apps > Connected Apps > Manage Connected Apps.',
  'Click Edit in the row of JustOn Platform.',
  "In Permitted Users select 'Admin approved users are pre-authorized' and confirm.",
  'Click Save. This blocks every user, admins included, until profiles are authorized (see connected-app/profiles-authorized).',
];

export default createRule({
  meta: {
    id: 'connected-app/admin-approved',
    title: "JustOn Platform connected app is 'Admin approved users are pre-authorized'",
    description:
      'The connected app JustOn Platform has Permitted Users = Admin approved users are pre-authorized (ConnectedApplication.OptionsAllowAdminApprovedUsersOnly).',
    whyItMatters: `JustOn only lets pre-authorized users reach its Heroku platform. With 'All users may self-authorize' users get "${PLATFORM_ERROR}". Salesforce may reset the setting after a package install.`,
    severity: 'error',
    category: 'connected-app',
    requires: ['records.ConnectedApplication'],
    messages: {
      selfAuthorize: `Connected app '{{app}}' lets all users self-authorize; set Permitted Users to 'Admin approved users are pre-authorized' or users get "${PLATFORM_ERROR}".`,
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
    const app = findConnectedApp(snapshot, context.connectedAppName);
    if (!app) return notApplicable(NO_APP_REASON(context.connectedAppName));
    if (app.OptionsAllowAdminApprovedUsersOnly === true) return pass(`'${app.Name}' is admin-approved.`);
    return fail([
      {
        resource: { type: 'ConnectedApplication', id: app.Id, name: app.Name },
        messageId: 'selfAuthorize',
        data: { app: app.Name },
        fix: { kind: 'manual', steps: [...STEPS] },
      },
    ]);
  },
});
