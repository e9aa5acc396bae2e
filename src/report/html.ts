import { createHash } from 'node:crypto';
import type { Severity } from '../engine/types.js';
import { baselineLine } from './baseline.js';
import { degradedReadLine } from './degraded-reads.js';
import { esc } from './html-escape.js';
import { orgAnchor, ruleAnchor } from './html-anchors.js';
import { PageData } from './html-findings.js';
import { fixPlanSection } from './html-fix-plan.js';
import { userGrid } from './html-grid.js';
import { ruleBlock } from './html-rule.js';
import { matrixTable } from './html-matrix.js';
import { HTML_SCRIPT } from './html-script.js';
import { HTML_STYLE } from './html-style.js';
import { categoryLabel, STATUS_LABEL, STATUS_ORDER } from './levels.js';
import type { AuditRun, Reporter, ReportOptions } from './types.js';
import { orgKind, packageLabel, readinessDetail, readinessLine, readinessStep } from './view.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note'];

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** No fetch, image, font, frame or form target at all: only the inline style and script, by hash. */
const CSP = `default-src 'none'; style-src ${sha256(HTML_STYLE)}; script-src ${sha256(HTML_SCRIPT)}; base-uri 'none'; form-action 'none'`;

const checkbox = (name: string, value: string, label: string): string =>
  `<label><input type="checkbox" name="${name}" value="${esc(value)}" checked> ${esc(label)}</label>`;

function controls(): string {
  return (
    `<form id="filters" class="controls" role="search" aria-label="Filter rules">` +
    `<fieldset><legend>Status</legend>${STATUS_ORDER.map((s) => checkbox('status', s, STATUS_LABEL[s])).join('')}</fieldset>` +
    `<fieldset><legend>Severity</legend>${SEVERITIES.map((s) => checkbox('severity', s, s)).join('')}</fieldset>` +
    `<div><label for="search">Search rules, findings and resources</label><br><input type="search" id="search" autocomplete="off"></div>` +
    `<button type="reset">Show all</button></form><p id="shown" aria-live="polite"></p>`
  );
}

/** With --baseline: "N new, M fixed since <date>", then the fixed (absent) findings behind a disclosure. */
function baselineLead(run: AuditRun): string {
  if (!run.baseline) return '';
  const fixed = run.baseline.absent;
  const list = fixed.length
    ? `<details><summary>Fixed since the baseline (${fixed.length})</summary><ul>${fixed.map((f) => `<li><code>${esc(f.ruleId)}</code> ${esc(f.message)}</li>`).join('')}</ul></details>`
    : '';
  return `<p class="baseline"><strong>${esc(baselineLine(run, run.baseline))}</strong></p>${list}`;
}

function runHeader(run: AuditRun): string {
  const r = run.result;
  const readiness = r.readiness
    ? `<p class="readiness${r.readiness.ready ? ' ready' : ''}">${esc(readinessLine(r.readiness))}: ${esc(readinessDetail(r.readiness))}</p>` +
      (r.readiness.failing.length ? `<ul>${r.readiness.failing.map((s) => `<li>${esc(readinessStep(s))}</li>`).join('')}</ul>` : '')
    : '';
  const s = r.summary;
  return (
    baselineLead(run) +
    `<p class="meta"><code>${esc(run.org.id)}</code> · ${esc(run.org.edition)} · ${orgKind(run)} · ${esc(packageLabel(r))} · snapshot ${esc(r.capturedAt)}</p>` +
    readiness +
    `<p class="score">Score ${s.score}/100</p>` +
    `<ul class="counts" aria-label="Rules per status">${STATUS_ORDER.map((st) => `<li class="status-${st}">${STATUS_LABEL[st]}: <strong>${s.counts[st]}</strong></li>`).join('')}</ul>` +
    `<p>${s.findings} findings (${s.suppressedFindings} suppressed); failing at error ${s.failing.error}, warning ${s.failing.warning}, note ${s.failing.note}.</p>`
  );
}

/** A run's header (org, score, counts) and its rules by category; one page-wide filter form goes between them. */
function runBody(run: AuditRun, index: number, options: ReportOptions, level: number, data: PageData): { header: string; rules: string } {
  if (run.error) return { header: `<p><code>${esc(run.org.id)}</code>: audit failed: ${esc(run.error)}</p>`, rules: '' };
  const results = run.result.results;
  const categories = [...new Set(results.map((r) => r.category))];
  const groups = categories.map(
    (category) =>
      `<section class="category"><h${level}>${esc(categoryLabel(category))}</h${level}>` +
      results
        .filter((r) => r.category === category)
        .map((r) => ruleBlock(run, r, options, data, ruleAnchor(index, r.ruleId)))
        .join('') +
      `</section>`,
  );
  const degraded = run.result.degradedReads ?? [];
  const reads = degraded.length
    ? `<h${level}>Degraded reads</h${level}><ul>${degraded.map((d) => `<li>${esc(degradedReadLine(d))}</li>`).join('')}</ul>`
    : '';
  const grid = userGrid(run, data, level);
  return { header: runHeader(run), rules: grid + groups.join('') + reads };
}

/** One self-contained page (inline CSS and JS, nothing fetched) to open, filter, print and forward. */
export const renderHtml: Reporter = (runs, options) => {
  const single = runs.length === 1;
  const title = single ? `JustOn audit: ${runs[0].org.name}` : `JustOn audit: ${runs.length} orgs`;
  const data = new PageData();
  const parts = runs.map((run, i) => runBody(run, i, options, single ? 2 : 3, data));
  // --fix plans one org at a time, so a plan only ever comes with a single run.
  const plan = single && runs[0].fixPlan ? fixPlanSection(runs[0].fixPlan) : '';
  const body = single
    ? parts[0].header + plan + controls() + parts[0].rules
    : matrixTable(runs) +
      controls() +
      parts.map((p, i) => `<section id="${orgAnchor(i)}"><h2>${esc(runs[i].org.name)}</h2>${p.header}${p.rules}</section>`).join('');
  const generated = (options.now ?? new Date()).toISOString();
  const tool = runs[0]?.tool;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header><h1>${esc(title)}</h1><p class="meta">Generated ${esc(generated)}${tool ? ` by ${esc(tool.name)} ${esc(tool.version)}` : ''}</p></header>
<main>
${body}
</main>
${data.toScriptElement()}
<script>${HTML_SCRIPT}</script>
</body>
</html>
`;
};
