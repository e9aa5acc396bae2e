import { createRule } from '../create-rule.js';
import { fromFindings } from '../outcome.js';
import type { Evidence, FindingDraft } from '../types.js';
import { describeGrants, perGrantList, tabAccess } from '../shared/effective-access.js';
import { JUSTON_USER_DATA, justOnUsers, userResource } from '../shared/juston-users.js';

export default createRule({
  meta: {
    id: 'access/balance-tab',
    title: 'The Balance tab is visible to JustOn users',
    description:
      'Every JustOn user has the ONB2__Balance__c tab set to Visible (DefaultOn) or Available (DefaultOff) through a profile or permission set.',
    whyItMatters:
      'Without the Balance tab users cannot open balances from the app navigation; the installation guide lists the tab as part of the Balance permission set.',
    severity: 'warning',
    category: 'access',
    requires: ['records.PermissionSetTabSetting', ...JUSTON_USER_DATA],
    messages: {
      hidden: "The {{tab}} tab is hidden for user '{{user}}'.",
    },
    fixable: 'safe',
    remediation: {
      text: "In your Balance permission set, set the Balances tab to Visible ('Available' and 'Visible' checked) and assign the permission set to the JustOn users.",
      setupPath: 'Setup > Users > Permission Sets > (your Balance permission set) > Object Settings > Balances > Edit > Tab Settings',
    },
    docsUrl: 'https://docs.juston.com/en/jo_admin_setup_perm_set/',
  },
  defaultOptions: {},
  check(snapshot, _options, context) {
    const tab = `${context.namespace}__Balance__c`;
    const users = justOnUsers(snapshot, context);
    const findings: FindingDraft<'hidden'>[] = [];
    const evidence: Evidence[] = [];
    // The evidence for a user who sees the tab, or null.
    const visibleVia = perGrantList((grants) => {
      const via = tabAccess(snapshot, grants, tab);
      return via.length > 0 ? `tab visible via ${describeGrants(via)}` : null;
    });
    for (const { user, grants } of users) {
      const detail = visibleVia(grants);
      if (detail !== null) {
        evidence.push({ resource: userResource(user), detail });
        continue;
      }
      findings.push({
        resource: userResource(user),
        messageId: 'hidden',
        data: { tab, user: user.Username },
        fix: { kind: 'user-access', userId: user.Id, objects: [], fields: [], tabs: [{ tab, visibility: 'DefaultOn' }], setupEntities: [] },
      });
    }
    return fromFindings(findings, `The ${tab} tab is visible to all ${users.length} JustOn users.`, evidence);
  },
});
