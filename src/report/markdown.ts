import type { RuleResult } from '../engine/types.js';
import { baselineLine, baselineState } from './baseline.js';
import { degradedReadLine } from './degraded-reads.js';
import { STATUS_LABEL, STATUS_MARK, STATUS_ORDER } from './levels.js';
import { buildMatrix, CELL_MARK, matrixLegend } from './matrix.js';
import type { AuditRun, Reporter, ReportOptions } from './types.js';
import { orgKind, packageLabel, readinessDetail, readinessLine, repairable, visibleFindings } from './view.js';

/** Findings listed per failing rule before "… and N more". */
export const MARKDOWN_FINDINGS_PER_RULE = 5;

/** Escapes text for a Markdown table cell or list item. */
export const md = (s: string): string =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/([|*`<[\]])/g, '\\$1')
    .replace(/(^|\s)_/g, '$1\\_')
    .replace(/\n/g, ' ');

function failingRule(run: AuditRun, r: RuleResult, options: ReportOptions): string[] {
  const severity = r.failingSeverity ?? 'all suppressed';
  const lines = [`**${STATUS_MARK.fail} ${md(r.title)}** (\`${r.ruleId}\`, ${severity})`, ''];
  const findings = visibleFindings(r, options);
  for (const f of findings.slice(0, MARKDOWN_FINDINGS_PER_RULE)) {
    const isNew = run.baseline !== undefined && baselineState(run.baseline, f) === 'new' ? ' **new**' : '';
    lines.push(
      f.suppressed ? `- ~~${md(f.message)}~~ (suppressed: ${md(f.suppression?.reason ?? '')})${isNew}` : `- ${md(f.message)}${isNew}`,
    );
  }
  if (findings.length > MARKDOWN_FINDINGS_PER_RULE) lines.push(`- … and ${findings.length - MARKDOWN_FINDINGS_PER_RULE} more`);
  const meta = run.rulesMeta[r.ruleId];
  if (meta) lines.push('', `**Fix:** ${md(meta.remediation.text)} **Setup:** ${md(meta.remediation.setupPath)} ([docs](${meta.docsUrl}))`);
  lines.push('');
  return lines;
}

const runTitle = (run: AuditRun): string => `${md(run.org.name)}: ${run.error ? 'audit failed' : `score ${run.result.summary.score}/100`}`;

/** With --baseline: "**N new, M fixed since <date>**", then the fixed (absent) findings. */
function baselineLines(run: AuditRun): string[] {
  if (!run.baseline) return [];
  const fixed = run.baseline.absent
    .slice(0, MARKDOWN_FINDINGS_PER_RULE)
    .map((f) => `- ${STATUS_MARK.pass} fixed: \`${f.ruleId}\` ${md(f.message)}`);
  const more = run.baseline.absent.length - fixed.length;
  return [
    `**${baselineLine(run, run.baseline)}**`,
    '',
    ...fixed,
    ...(more > 0 ? [`- … and ${more} more fixed`] : []),
    ...(fixed.length ? [''] : []),
  ];
}

function runSection(run: AuditRun, options: ReportOptions, heading: boolean): string[] {
  const top = [...(heading ? [`### ${runTitle(run)}`, ''] : []), ...(run.error ? [] : baselineLines(run))];
  if (run.error) return [...top, `\`${run.org.id}\`: ${md(run.error)}`, ''];
  const s = run.result.summary;
  const readiness = run.result.readiness;
  const lines = [
    ...top,
    ...(readiness
      ? [
          `**${readinessLine(readiness)}** ${readiness.ready ? STATUS_MARK.pass : STATUS_MARK.fail}: ${md(readinessDetail(readiness))}`,
          '',
          ...readiness.failing.map(
            (step) =>
              `- ${STATUS_MARK[step.status]} \`${step.ruleId}\` ${md(step.title)}${step.status === 'fail' ? '' : ` (${step.status})`}`,
          ),
          ...(readiness.failing.length ? [''] : []),
        ]
      : []),
    `\`${run.org.id}\` · ${md(run.org.edition)} · ${orgKind(run)} · ${md(packageLabel(run.result))} · snapshot ${run.result.capturedAt}`,
    '',
    '| Status | Rules |',
    '| --- | ---: |',
    ...STATUS_ORDER.map((st) => `| ${STATUS_MARK[st]} ${STATUS_LABEL[st]} | ${s.counts[st]} |`),
    '',
    `${s.findings} findings (${s.suppressedFindings} suppressed); failing at error ${s.failing.error}, warning ${s.failing.warning}, note ${s.failing.note}.`,
    '',
  ];
  const failing = run.result.results.filter((r) => r.status === 'fail');
  if (failing.length > 0) lines.push('#### Failing rules', '', ...failing.flatMap((r) => failingRule(run, r, options)));
  const open = run.result.results.filter((r) => r.status === 'inconclusive' || r.status === 'manual');
  if (open.length > 0) {
    lines.push(
      '#### To check',
      '',
      ...open.map((r) => `- ${STATUS_MARK[r.status]} \`${r.ruleId}\` ${md(r.title)}: ${md(r.reason ?? '')}`),
      '',
    );
  }
  const degraded = run.result.degradedReads ?? [];
  if (degraded.length > 0) lines.push('#### Degraded reads', '', ...degraded.map((d) => `- ${md(degradedReadLine(d))}`), '');
  const fixes = repairable(run);
  if (fixes.length > 0) lines.push(`\`${options.commands.fix}\` would repair: ${fixes.map((r) => `\`${r.ruleId}\``).join(', ')}.`, '');
  return lines;
}

function matrix(runs: readonly AuditRun[]): string[] {
  const { ruleIds, cells } = buildMatrix(runs);
  return [
    '### Rules × orgs',
    '',
    `| Rule | ${runs.map((r) => md(r.org.name)).join(' | ')} |`,
    `| --- | ${runs.map(() => ':---:').join(' | ')} |`,
    ...ruleIds.map((id, i) => `| \`${id}\` | ${cells[i].map((c) => CELL_MARK[c]).join(' | ')} |`),
    '',
    matrixLegend(),
    '',
  ];
}

/** A compact Markdown summary for a pull-request comment or $GITHUB_STEP_SUMMARY. */
export const renderMarkdown: Reporter = (runs, options) => {
  const single = runs.length === 1;
  const title = single ? `## JustOn audit: ${runTitle(runs[0])}` : `## JustOn audit: ${runs.length} orgs`;
  const lines = [title, '', ...runs.flatMap((run) => runSection(run, options, !single))];
  if (runs.length > 1) lines.push(...matrix(runs));
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
};
