import type { CommandNames } from '../command-names.js';
import type { RuleResult } from '../engine/types.js';
import type { RuleMeta } from '../rules/types.js';
import { isSecurityCategory, SECURITY_SEVERITY, sarifLevel } from './levels.js';
import { sentence } from './view.js';

const FULL_DESCRIPTION_MAX = 1024;
const FALLBACK_HELP_URI = 'https://docs.juston.com/';

/** `access/balance-object` → `AccessBalanceObject` (SARIF rule names are identifiers). */
const ruleName = (id: string): string =>
  id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join('');

/** Shortens to `max` characters at a word boundary, ending with an ellipsis (GitHub's limit for fullDescription). */
function limit(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 0) || cut.length).trimEnd()}…`;
}

/** A SARIF reportingDescriptor for one rule, with the help GitHub shows beside an alert. */
export function ruleDescriptor(r: RuleResult, meta: RuleMeta | undefined, commands: CommandNames) {
  const description = meta ? `${sentence(meta.description)} ${sentence(meta.whyItMatters)}` : sentence(r.title);
  const steps = meta?.remediation.steps ?? [];
  const remediation = meta ? sentence(meta.remediation.text) : 'See the documentation.';
  const setupPath = meta?.remediation.setupPath;
  const helpText = [
    remediation,
    setupPath ? `Setup path: ${setupPath}` : '',
    ...steps.map((s, i) => `${i + 1}. ${s}`),
    meta ? `Why it matters: ${sentence(meta.whyItMatters)}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  const helpMarkdown = [
    `**${meta?.title ?? r.title}**`,
    '',
    remediation,
    ...(setupPath ? ['', `**Setup path:** \`${setupPath}\``] : []),
    ...(steps.length ? ['', ...steps.map((s, i) => `${i + 1}. ${s}`)] : []),
    ...(meta ? ['', `**Why it matters:** ${sentence(meta.whyItMatters)}`] : []),
    '',
    `[Documentation](${meta?.docsUrl ?? FALLBACK_HELP_URI}) · \`${commands.explain} ${r.ruleId}\``,
  ].join('\n');
  const tags = [...(isSecurityCategory(r.category) ? ['security'] : []), 'salesforce', 'juston', r.category];
  return {
    id: r.ruleId,
    name: ruleName(r.ruleId),
    shortDescription: { text: sentence(r.title) },
    fullDescription: { text: limit(description, FULL_DESCRIPTION_MAX) },
    help: { text: helpText, markdown: helpMarkdown },
    helpUri: meta?.docsUrl ?? FALLBACK_HELP_URI,
    defaultConfiguration: { level: sarifLevel(r.severity) },
    properties: {
      tags,
      precision: 'very-high',
      'problem.severity': sarifLevel(r.severity) === 'note' ? 'recommendation' : r.severity,
      'security-severity': SECURITY_SEVERITY[r.severity],
      fixable: r.fixable,
    },
  };
}
