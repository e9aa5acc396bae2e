import type { AuditRun, Reporter, ReportOptions } from './types.js';
import { degradedReadLine } from './degraded-reads.js';
import { categoryLabel, STATUS_LABEL, STATUS_ORDER } from './levels.js';
import { matrixLegend, matrixLines } from './matrix.js';
import { makeStyle, type Style } from './style.js';
import { ruleLines } from './terminal-rule.js';
import { orgKind, orgLabel, repairable } from './view.js';
import { wrap } from './wrap.js';

function header(run: AuditRun, style: Style, options: ReportOptions): string[] {
  const r = run.result;
  const pkg =
    r.package.state === 'installed'
      ? `JustOn ${r.package.pkg?.versionName ?? r.package.pkg?.version?.join('.') ?? 'installed'}`
      : r.package.state === 'absent'
        ? 'JustOn not installed'
        : 'JustOn package state unknown';
  const audited = run.error ? [] : [pkg, `snapshot ${r.capturedAt}`];
  const facts = [
    run.org.edition,
    orgKind(run),
    run.org.instanceUrl,
    ...audited,
    options.configPath ? `config ${options.configPath}` : undefined,
  ];
  return [
    ...wrap(`JustOn audit: ${orgLabel(run)}`, options.width).map((l) => style.heading(l)),
    ...wrap(facts.filter(Boolean).join(' · '), options.width, '', '  ').map((l) => style.dim(l)),
  ];
}

function summaryLines(run: AuditRun, options: ReportOptions): string[] {
  const s = run.result.summary;
  const counts = STATUS_ORDER.filter((st) => s.counts[st] > 0).map((st) => `${s.counts[st]} ${STATUS_LABEL[st]}`);
  const findings = `${s.findings} ${s.findings === 1 ? 'finding' : 'findings'}${s.suppressedFindings ? ` (${s.suppressedFindings} suppressed)` : ''}`;
  const stats = run.stats ? ` · ${run.stats.apiCalls} API calls in ${(run.stats.durationMs / 1000).toFixed(1)} s` : '';
  return wrap(`Summary: ${s.rules} rules: ${counts.join(', ')} · ${findings} · score ${s.score}/100${stats}`, options.width, '', '  ');
}

/** What `--fix` could repair. The fix plan itself is rendered by the fix flow (src/fix/render.ts), not here. */
function fixLines(run: AuditRun, style: Style, options: ReportOptions): string[] {
  const rules = repairable(run);
  if (rules.length === 0) return [];
  const lines = [style.heading(`juston-audit --fix would repair ${rules.length} ${rules.length === 1 ? 'rule' : 'rules'}:`)];
  for (const r of rules) {
    const n = r.findings.filter((f) => !f.suppressed && f.fix).length;
    lines.push(...wrap(`${r.ruleId}: ${n} ${n === 1 ? 'finding' : 'findings'} (${r.fixable})`, options.width, '  • ', '    '));
  }
  return lines;
}

function renderRun(run: AuditRun, style: Style, options: ReportOptions): string[] {
  const lines = header(run, style, options);
  if (run.error) {
    lines.push('', ...wrap(`The audit could not complete: ${run.error}`, options.width, `  ${style.status('fail', '✖')} `, '    '));
    return lines;
  }
  const categories = [...new Set(run.result.results.map((r) => r.category))];
  for (const category of categories) {
    lines.push('', style.heading(categoryLabel(category)));
    for (const r of run.result.results.filter((x) => x.category === category))
      lines.push(...ruleLines(r, run.rulesMeta[r.ruleId], style, options));
  }
  if (run.result.rulesOff.length > 0)
    lines.push('', ...wrap(`Rules off: ${run.result.rulesOff.join(', ')}`, options.width, '', '  ').map((l) => style.dim(l)));
  const degraded = run.result.degradedReads ?? [];
  if (degraded.length > 0) {
    lines.push('', style.heading('Degraded reads'));
    for (const d of degraded) lines.push(...wrap(degradedReadLine(d), options.width, '  ', '    '));
  }
  lines.push('', ...summaryLines(run, options));
  const fix = fixLines(run, style, options);
  if (fix.length > 0) lines.push('', ...fix);
  return lines;
}

/** The default, human report: grouped by category, failing rules expanded, wrapped to the width. */
export const renderTerminal: Reporter = (runs, options) => {
  const style = makeStyle(options.color);
  const opts = { ...options, width: Math.max(40, options.width) };
  const blocks = runs.map((run) => renderRun(run, style, opts).join('\n'));
  if (runs.length > 1) {
    const legend = wrap(matrixLegend(), opts.width, '', '  ').map((l) => style.dim(l));
    blocks.push([style.heading('Rules × orgs'), ...matrixLines(runs, opts.width), ...legend].join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
};
