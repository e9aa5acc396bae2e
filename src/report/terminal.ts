import type { AuditRun, Reporter, ReportOptions } from './types.js';
import { baselineLine } from './baseline.js';
import { degradedReadLine } from './degraded-reads.js';
import { categoryLabel, STATUS_LABEL, STATUS_MARK, STATUS_ORDER } from './levels.js';
import { matrixLegend, matrixLines } from './matrix.js';
import { makeStyle, type Style } from './style.js';
import { ruleLines } from './terminal-rule.js';
import { orgKind, orgLabel, packageLabel, readinessDetail, readinessLine, readinessStep, repairable } from './view.js';
import { wrap } from './wrap.js';

function header(run: AuditRun, style: Style, options: ReportOptions): string[] {
  const r = run.result;
  const audited = run.error ? [] : [packageLabel(r), `snapshot ${r.capturedAt}`];
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

/** With --baseline: "N new, M fixed since <date>", then the fixed (absent) findings. */
function baselineLines(run: AuditRun, style: Style, options: ReportOptions): string[] {
  const baseline = run.baseline;
  if (!baseline) return [];
  return [
    '',
    ...wrap(baselineLine(run, baseline), options.width).map((l) => style.heading(l)),
    ...baseline.absent.flatMap((f) => wrap(`${f.ruleId}: ${f.message}`, options.width, `  ${style.status('pass', '✔')} fixed: `, '    ')),
  ];
}

/** For an org without JustOn: "Ready to install JustOn: yes/no" and the preparation steps that still fail. */
function readinessLines(run: AuditRun, style: Style, options: ReportOptions): string[] {
  const readiness = run.result.readiness;
  if (!readiness) return [];
  const mark = style.status(readiness.ready ? 'pass' : 'fail', readiness.ready ? '✔' : '✖');
  return [
    '',
    ...wrap(`${readinessLine(readiness)} ${mark}`, options.width).map((l) => style.heading(l)),
    ...wrap(readinessDetail(readiness), options.width, '  ', '  '),
    ...readiness.failing.flatMap((step) =>
      wrap(readinessStep(step), options.width, `  ${style.status(step.status, STATUS_MARK[step.status])} `, '    '),
    ),
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
  const lines = [style.heading(`${options.commands.fix} would repair ${rules.length} ${rules.length === 1 ? 'rule' : 'rules'}:`)];
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
  lines.push(...baselineLines(run, style, options), ...readinessLines(run, style, options));
  const categories = [...new Set(run.result.results.map((r) => r.category))];
  for (const category of categories) {
    lines.push('', style.heading(categoryLabel(category)));
    for (const r of run.result.results.filter((x) => x.category === category))
      lines.push(...ruleLines(r, run.rulesMeta[r.ruleId], style, options, run.baseline));
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
