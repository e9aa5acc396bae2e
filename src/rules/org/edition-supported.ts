import { createRule } from '../create-rule.js';
import { fail, inconclusive, pass } from '../outcome.js';
import { records } from '../shared/sobjects.js';

export default createRule({
  meta: {
    id: 'org/edition-supported',
    title: 'Salesforce edition supports JustOn',
    description: 'The org edition (Organization.OrganizationType) is one JustOn supports.',
    whyItMatters:
      'JustOn needs API access and features that only some editions offer; on other editions installation or integration with the JustOn platform fails.',
    severity: 'error',
    category: 'org',
    requires: ['records.Organization'],
    phase: 'preparation',
    messages: {
      unsupported: "The org edition '{{edition}}' is not supported by JustOn (supported: {{supported}}).",
    },
    schema: {
      type: 'object',
      properties: { editions: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, uniqueItems: true } },
      additionalProperties: false,
    },
    fixable: null,
    remediation: {
      text: 'Run JustOn in an Enterprise, Unlimited, Performance or Developer Edition org, or ask JustOn whether your edition is supported. The edition is shown in Setup.',
      setupPath: 'Setup > Company Settings > Company Information > Organization Edition',
    },
    docsUrl: 'https://docs.juston.com/en/jo_admin_install/',
  },
  defaultOptions: { editions: ['Enterprise Edition', 'Unlimited Edition', 'Performance Edition', 'Developer Edition'] },
  check(snapshot, options) {
    const org = records(snapshot, 'Organization')[0];
    if (!org) return inconclusive('The Organization record was not returned.');
    if (options.editions.includes(org.OrganizationType)) return pass(`Edition '${org.OrganizationType}' is supported.`);
    return fail([
      {
        resource: { type: 'Organization', id: org.Id, name: org.Name },
        messageId: 'unsupported',
        data: { edition: org.OrganizationType, supported: options.editions.join(', ') },
      },
    ]);
  },
});
