import { createRule } from '../create-rule.js';
import { fail, inconclusive, pass } from '../outcome.js';
import { records } from '../shared/sobjects.js';

export default createRule({
  meta: {
    id: 'org/production-install',
    title: 'JustOn is installed and configured in production',
    description: 'Notes when the audited org is a sandbox or scratch org (IsSandbox, TrialExpirationDate).',
    whyItMatters:
      'JustOn recommends installing and configuring in production: much of its configuration is data that change sets cannot move, and sandboxes lack production permissions. Settings audited in a sandbox may not match production.',
    severity: 'note',
    category: 'org',
    requires: ['records.Organization'],
    phase: 'preparation',
    messages: {
      notProduction:
        "The audited org '{{name}}' is a {{kind}}; JustOn recommends installing and configuring in production and refreshing sandboxes from it.",
    },
    fixable: null,
    remediation: {
      text: 'Install and configure JustOn in the production org, then refresh a full or partial sandbox for development and tests. Audit production too.',
      setupPath: 'Setup > Platform Tools > Environments > Sandboxes',
    },
    docsUrl: 'https://docs.juston.com/en/jo_faq_deploy/',
  },
  defaultOptions: {},
  check(snapshot) {
    const org = records(snapshot, 'Organization')[0];
    if (!org) return inconclusive('The Organization record was not returned.');
    if (!org.IsSandbox) {
      return pass(org.TrialExpirationDate ? 'Production org (a trial org).' : 'Production org.');
    }
    // As sfdx-core: a sandbox with a trial expiration date is a scratch org.
    const kind = org.TrialExpirationDate ? 'scratch org' : 'sandbox';
    return fail([
      { resource: { type: 'Organization', id: org.Id, name: org.Name }, messageId: 'notProduction', data: { name: org.Name, kind } },
    ]);
  },
});
