import type { RuleResult } from '../engine/types.js';
import type { PageData } from './html-findings.js';
import { esc, safeLink } from './html-escape.js';
import { STATUS_LABEL, STATUS_MARK } from './levels.js';
import type { AuditRun, ReportOptions } from './types.js';
import { visibleFindings } from './view.js';

/** The severity a rule is filtered by: what it fails at, else its configured severity. */
const filterSeverity = (r: RuleResult): string => r.failingSeverity ?? r.severity;

function fixList(run: AuditRun, r: RuleResult): string {
  const meta = run.rulesMeta[r.ruleId];
  if (!meta) return '';
  const fix =
    r.status === 'fail'
      ? `<dt>Fix</dt><dd>${esc(meta.remediation.text)}</dd><dt>Setup</dt><dd>${esc(meta.remediation.setupPath)}</dd>`
      : '';
  return `<dl class="fix details">${fix}<dt>Docs</dt><dd>${safeLink(meta.docsUrl, meta.docsUrl)}</dd></dl>`;
}

/** One rule as a disclosure (element id `id`): failing rules open, with their findings, fix, Setup path and docs link. */
export function ruleBlock(run: AuditRun, r: RuleResult, options: ReportOptions, data: PageData, id: string): string {
  const findings = visibleFindings(r, options);
  const severity = r.status === 'fail' ? (r.failingSeverity ?? 'all suppressed') : r.severity;
  const reason = r.reason || r.error ? `<p class="details">${esc(r.error ?? r.reason ?? '')}</p>` : '';
  const list = findings.length ? `<ul class="findings" data-findings="${data.addFindings(findings, run.baseline)}"></ul>` : '';
  return (
    `<details class="rule" id="${esc(id)}" data-status="${esc(r.status)}" data-severity="${esc(filterSeverity(r))}"${r.status === 'fail' ? ' open' : ''}>` +
    `<summary><span class="badge status-${esc(r.status)}">${STATUS_MARK[r.status]} ${STATUS_LABEL[r.status]}</span> ` +
    `<strong>${esc(r.title)}</strong> <code>${esc(r.ruleId)}</code> <span class="sev">${esc(severity)}</span></summary>` +
    `<div class="body">${reason}${list}${fixList(run, r)}</div></details>`
  );
}
