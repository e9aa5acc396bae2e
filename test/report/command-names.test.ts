import { beforeAll, describe, expect, it } from 'vitest';
import { JUSTON_AUDIT_COMMANDS, type CommandNames } from '../../src/command-names.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderRuleExplanation, renderRuleList } from '../../src/report/rule-docs.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderTerminal } from '../../src/report/terminal.js';
import type { AuditRun } from '../../src/report/types.js';
import { findRule, rules } from '../../src/rules/index.js';
import { OPTIONS } from './fixtures/options.js';
import { sampleRun } from './fixtures/runs.js';

/** The sf plugin's words (packages/sf-plugin/src/command-names.ts), so the texts are seen to follow them. */
const SF_JUSTON: CommandNames = {
  fix: 'sf juston audit --fix',
  rules: 'sf juston rules',
  explain: 'sf juston explain',
  rollback: 'sf juston rollback',
};

let misconfigured: AuditRun;
beforeAll(async () => {
  misconfigured = await sampleRun('misconfigured-org');
});

describe.each([
  ['the standalone CLI', JUSTON_AUDIT_COMMANDS, SF_JUSTON],
  ['the sf plugin', SF_JUSTON, JUSTON_AUDIT_COMMANDS],
])("reports and rule docs name %s's commands", (_caller, commands, other) => {
  const options = { ...OPTIONS, commands };

  it('the terminal report: what --fix would repair', () => {
    const out = renderTerminal([misconfigured], options);
    expect(out).toContain(`${commands.fix} would repair 9 rules:`);
    expect(out).not.toContain(other.fix);
  });

  it('the Markdown report: what --fix would repair', () => {
    const out = renderMarkdown([misconfigured], options);
    expect(out).toContain(`\`${commands.fix}\` would repair: \`session/browser-caching-disabled\``);
    expect(out).not.toContain(other.fix);
  });

  it("SARIF: each rule's help names explain", () => {
    const sarif = renderSarif([misconfigured], options);
    expect(sarif).toContain(`\`${commands.explain} access/balance-fields\``);
    expect(sarif).not.toContain(other.explain);
  });

  it('the rule list points at explain', () => {
    const out = renderRuleList(rules, commands).split(/\s+/).join(' ');
    expect(out).toContain(`Run '${commands.explain} RULE' for why a rule matters`);
    expect(out).not.toContain(other.explain);
  });

  it('an explanation says which command fixes the rule', () => {
    const safe = renderRuleExplanation(findRule('access/balance-fields')!, commands, 200);
    expect(safe).toContain(`Fixable: safe (${commands.fix})`);
    expect(safe).not.toContain(other.fix);
    const review = rules.find((rule) => rule.meta.fixable === 'review')!;
    expect(renderRuleExplanation(review, commands, 200)).toContain(`Fixable: review (${commands.fix}, after confirmation)`);
  });
});
