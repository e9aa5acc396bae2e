import { describe, expect, it } from 'vitest';
import { JUSTON_AUDIT_COMMANDS } from '../../src/command-names.js';
import { renderRuleExplanation, renderRuleList, suggestRuleId } from '../../src/report/rule-docs.js';
import { visibleLength } from '../../src/report/wrap.js';
import { findRule, ruleIds, rules } from '../../src/rules/index.js';

describe('rule docs', () => {
  it('lists every rule with id, severity, category and fixable', () => {
    const out = renderRuleList(rules, JUSTON_AUDIT_COMMANDS);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^ID\s+SEVERITY\s+CATEGORY\s+FIXABLE$/);
    for (const r of rules) {
      expect(lines.find((l) => l.startsWith(`${r.meta.id} `))).toMatch(
        new RegExp(`^${r.meta.id}\\s+${r.meta.severity}\\s+${r.meta.category}\\s+${r.meta.fixable ?? '-'}$`),
      );
    }
    expect(lines.every((l) => visibleLength(l) <= 80)).toBe(true);
  });

  it('explains a rule: why, what is checked from which data, how to fix with Setup path and steps, docs', () => {
    const rule = findRule('install/remote-sites-active')!;
    const out = renderRuleExplanation(rule, JUSTON_AUDIT_COMMANDS);
    const flat = out.split(/\s+/).join(' ');
    expect(out.split('\n')[0]).toBe(`install/remote-sites-active: ${rule.meta.title}`);
    for (const heading of ['Why it matters', 'What is checked', 'How to fix']) expect(out).toContain(`\n${heading}\n`);
    expect(flat).toContain(rule.meta.whyItMatters.split(/\s+/).join(' '));
    expect(flat).toContain(`Reads: ${rule.meta.requires.join(', ')}.`);
    expect(flat).toContain(`Setup: ${rule.meta.remediation.setupPath}`);
    expect(rule.meta.remediation.steps?.length).toBeGreaterThan(0);
    rule.meta.remediation.steps!.forEach((s, i) => expect(flat).toContain(`${i + 1}. ${s.split(/\s+/).join(' ')}`));
    expect(out).toContain(`Docs: ${rule.meta.docsUrl}`);
    expect(out.split('\n').every((l) => visibleLength(l) <= 80 || l.trim().split(/\s+/).length === 1)).toBe(true);
  });

  it('suggests the closest rule id', () => {
    expect(suggestRuleId('balance-object', ruleIds)).toBe('access/balance-object');
    expect(suggestRuleId('acess/balance-objct', ruleIds)).toBe('access/balance-object');
    expect(suggestRuleId('session/browser-caching', ruleIds)).toBe(null);
    expect(suggestRuleId('session/browser-cachng-disabled', ruleIds)).toBe('session/browser-caching-disabled');
    expect(suggestRuleId('completely-unrelated-thing', ruleIds)).toBe(null);
  });
});
