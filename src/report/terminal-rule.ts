import type { Finding, RuleResult } from '../engine/types.js';
import type { RuleMeta } from '../rules/types.js';
import { baselineState, type BaselineComparison } from './baseline.js';
import { STATUS_MARK } from './levels.js';
import type { Style } from './style.js';
import type { ReportOptions } from './types.js';
import { visibleFindings } from './view.js';
import { wrap } from './wrap.js';

const BODY = '      ';

function suppressionNote(f: Finding): string {
  if (!f.suppression) return '';
  const until = f.suppression.expires ? ` until ${f.suppression.expires}` : '';
  return f.suppression.expired
    ? ` [suppression expired ${f.suppression.expires}: ${f.suppression.reason}]`
    : ` [suppressed${until}: ${f.suppression.reason}]`;
}

function findingLines(f: Finding, style: Style, width: number, baseline: BaselineComparison | undefined): string[] {
  const isNew = baseline !== undefined && baselineState(baseline, f) === 'new';
  const text = `${f.message}${suppressionNote(f)}${isNew ? ' [new]' : ''}`;
  if (f.suppressed) return wrap(text, width, `${BODY}~ `, `${BODY}  `).map((l) => style.dim(l));
  const mark = style.severity(f.severity, '•');
  return wrap(text, width, `${BODY}${mark} `, `${BODY}  `);
}

/** Remediation: what to do, the exact Setup path, the steps and the docs link. */
function remediationLines(meta: RuleMeta | undefined, width: number, style: Style): string[] {
  if (!meta) return [];
  const lines = [
    ...wrap(meta.remediation.text, width, `${BODY}${style.heading('Fix:')} `, `${BODY}     `),
    ...wrap(meta.remediation.setupPath, width, `${BODY}${style.heading('Setup:')} `, `${BODY}       `),
  ];
  (meta.remediation.steps ?? []).forEach((step, i) => lines.push(...wrap(step, width, `${BODY}  ${i + 1}. `, `${BODY}     `)));
  lines.push(...wrap(meta.docsUrl, width, `${BODY}${style.heading('Docs:')} `, `${BODY}      `));
  return lines;
}

/** One rule: a status line, then (for non-passing rules) its reason, findings (new ones tagged under --baseline) and remediation. */
export function ruleLines(
  r: RuleResult,
  meta: RuleMeta | undefined,
  style: Style,
  options: ReportOptions,
  baseline?: BaselineComparison,
): string[] {
  const width = options.width;
  const mark = style.status(r.status, STATUS_MARK[r.status]);
  const tag =
    r.status !== 'fail'
      ? ''
      : r.failingSeverity
        ? ` ${style.severity(r.failingSeverity, `[${r.failingSeverity}]`)}`
        : ` ${style.dim('[all suppressed]')}`;
  const lines = wrap(`${r.title} (${r.ruleId})${tag}`, width, `  ${mark} `, '    ');
  if (r.status === 'pass') return lines;
  const findings = visibleFindings(r, options);
  if (r.reason && (r.status !== 'fail' || findings.length === 0)) lines.push(...wrap(r.reason, width, BODY).map((l) => style.dim(l)));
  for (const f of findings) lines.push(...findingLines(f, style, width, baseline));
  const hidden = r.findings.length - findings.length;
  if (hidden > 0) lines.push(style.dim(`${BODY}(${hidden} suppressed ${hidden === 1 ? 'finding' : 'findings'} not shown)`));
  if (r.status === 'fail' || r.status === 'manual') lines.push(...remediationLines(meta, width, style));
  return lines;
}
