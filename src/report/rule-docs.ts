import type { CommandNames } from '../command-names.js';
import { closest } from '../config/suggest.js';
import type { AnyRule, Fixable } from '../rules/types.js';
import { rangeText } from '../engine/applies-to.js';
import { categoryLabel } from './levels.js';
import { padEnd, wrap } from './wrap.js';

function fixableLabel(fixable: NonNullable<Fixable>, commands: CommandNames): string {
  const labels: Record<NonNullable<Fixable>, string> = {
    safe: `safe (${commands.fix})`,
    review: `review (${commands.fix}, after confirmation)`,
    manual: 'manual (steps below)',
  };
  return labels[fixable];
}

/** The table for `juston-audit rules`: id, severity, category, fixable; registry order. */
export function renderRuleList(rules: readonly AnyRule[], commands: CommandNames): string {
  const rows = rules.map((r) => [r.meta.id, r.meta.severity, r.meta.category, r.meta.fixable ?? '-']);
  const header = ['ID', 'SEVERITY', 'CATEGORY', 'FIXABLE'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)) + 2);
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : padEnd(c, widths[i]))).join('');
  const footer = wrap(`${rules.length} rules. Run '${commands.explain} RULE' for why a rule matters and how to fix it.`, 80);
  return `${[line(header), ...rows.map(line), '', ...footer].join('\n')}\n`;
}

const section = (title: string, body: string[]): string[] => ['', title, ...body];

/** The text for `juston-audit explain RULE`: why it matters, what is checked from which data, how to fix, docs. */
export function renderRuleExplanation(rule: AnyRule, commands: CommandNames, width = 80): string {
  const m = rule.meta;
  const para = (text: string) => wrap(text, width, '  ');
  const checked = [
    ...para(m.description),
    ...wrap(m.requires.length ? `Reads: ${m.requires.join(', ')}.` : 'Reads no org data.', width, '  ', '    '),
    ...(m.conditionallyRequires?.length ? wrap(`Reads when needed: ${m.conditionallyRequires.join(', ')}.`, width, '  ', '    ') : []),
  ];
  checked.push(
    ...para(
      m.phase === 'preparation'
        ? 'A preparation step: runs whether or not JustOn is installed; without JustOn it decides "Ready to install JustOn".'
        : m.needsPackage === false
          ? 'Runs whether or not JustOn is installed.'
          : 'Runs only when JustOn is installed (otherwise not applicable); missing or unreadable data makes it inconclusive, never a pass.',
    ),
  );
  if (m.appliesTo) checked.push(...para(`Applies to ${rangeText(m.appliesTo)} only (otherwise not applicable).`));
  if (m.schema) checked.push(...wrap(`Options (defaults): ${JSON.stringify(rule.defaultOptions)}`, width, '  ', '    '));
  if (m.attestable) checked.push(...para('No API shows this: a person confirms it with a dated attestation in the config.'));
  const fix = [
    ...para(m.remediation.text),
    ...wrap(`Setup: ${m.remediation.setupPath}`, width, '  ', '         '),
    ...(m.remediation.steps ?? []).flatMap((s, i) => wrap(s, width, `  ${i + 1}. `, '     ')),
  ];
  const lines = [
    ...wrap(`${m.id}: ${m.title}`, width, '', '  '),
    ...wrap(
      `Severity: ${m.severity} · Category: ${categoryLabel(m.category)} (${m.category}) · Fixable: ${m.fixable ? fixableLabel(m.fixable, commands) : 'no'}`,
      width,
      '',
      '  ',
    ),
    ...section('Why it matters', para(m.whyItMatters)),
    ...section('What is checked', checked),
    ...section('How to fix', fix),
    '',
    ...wrap(`Docs: ${m.docsUrl}`, width, '', '  '),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The known id closest to an unknown one, for "did you mean": an exact match of the part after the
 * slash (`balance-object` → `access/balance-object`), else the nearest by edit distance; null when
 * nothing is close.
 */
export function suggestRuleId(unknownId: string, ids: readonly string[]): string | null {
  const wanted = unknownId.trim().toLowerCase();
  const byTail = ids.filter((id) => id.toLowerCase().split('/').pop() === wanted.split('/').pop());
  if (byTail.length === 1) return byTail[0];
  return closest(wanted, ids);
}
