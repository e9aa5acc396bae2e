import { createRule } from '../create-rule.js';
import { fromFindings, notApplicable } from '../outcome.js';
import type { FindingDraft } from '../types.js';
import { toolingRecords } from '../shared/sobjects.js';

const STEPS = (site: string) => [
  'Setup > Security > Remote Site Settings.',
  `Click Edit next to ${site}.`,
  'Select Active and click Save.',
];

export default createRule({
  meta: {
    id: 'install/remote-sites-active',
    title: 'JustOn remote sites are active',
    description:
      'Every remote site setting of the JustOn namespace is active (Tooling RemoteProxy.IsActive), i.e. access to third-party websites was allowed at install.',
    whyItMatters:
      'JustOn calls its Heroku platform and other services through these remote sites; an inactive site blocks those callouts and JustOn features fail.',
    severity: 'error',
    category: 'install',
    requires: ['tooling.RemoteProxy'],
    messages: {
      inactive: "Remote site '{{site}}' ({{url}}) is inactive.",
    },
    fixable: 'manual',
    remediation: {
      text: 'Activate each inactive JustOn remote site. When installing or upgrading, allow access to third-party websites.',
      setupPath: 'Setup > Security > Remote Site Settings > (site) > Edit > Active',
      steps: STEPS('each inactive JustOn site'),
    },
    docsUrl: 'https://docs.juston.com/en/jo_admin_install/',
  },
  defaultOptions: {},
  check(snapshot, _options, context) {
    const ns = context.namespace.toLowerCase();
    const sites = toolingRecords(snapshot, 'RemoteProxy').filter((r) => String(r.NamespacePrefix ?? '').toLowerCase() === ns);
    if (sites.length === 0) return notApplicable(`The org has no ${context.namespace} remote site settings.`);
    const findings: FindingDraft<'inactive'>[] = sites
      .filter((s) => s.IsActive !== true)
      .map((s) => ({
        resource: { type: 'RemoteSiteSetting', id: String(s.Id), name: String(s.SiteName) },
        messageId: 'inactive',
        data: { site: String(s.SiteName), url: String(s.EndpointUrl ?? '') },
        fix: { kind: 'manual', steps: STEPS(String(s.SiteName)) },
      }));
    return fromFindings(findings, `All ${sites.length} ${context.namespace} remote sites are active.`);
  },
});
