import { worst } from './severity.js';
import type { RuleResult, Severity, Status, Summary } from './types.js';

const WEIGHT: Record<Severity, number> = { error: 3, warning: 2, note: 1 };
const STATUSES: readonly Status[] = ['pass', 'fail', 'manual', 'inconclusive', 'not-applicable'];

/**
 * Score 0–100: the severity-weighted share of scored rules that pass.
 * - Each rule weighs by its configured severity: error 3, warning 2, note 1.
 * - Scored: pass, fail and inconclusive. manual and not-applicable are left out (nothing to judge).
 * - pass earns its weight; fail earns it only when every finding is suppressed; inconclusive earns
 *   nothing, so an audit that could not read the org never scores well.
 * - With nothing scored the score is 100.
 */
export function score(results: RuleResult[]): number {
  let total = 0;
  let earned = 0;
  for (const r of results) {
    if (r.status === 'manual' || r.status === 'not-applicable') continue;
    total += WEIGHT[r.severity];
    if (r.status === 'pass' || (r.status === 'fail' && r.failingSeverity === null)) earned += WEIGHT[r.severity];
  }
  return total === 0 ? 100 : Math.round((100 * earned) / total);
}

export function summarize(results: RuleResult[]): Summary {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const failing: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  let findings = 0;
  let suppressedFindings = 0;
  for (const r of results) {
    counts[r.status]++;
    if (r.failingSeverity) failing[r.failingSeverity]++;
    findings += r.findings.length;
    suppressedFindings += r.findings.filter((f) => f.suppressed).length;
  }
  return { rules: results.length, counts, findings, suppressedFindings, failing, score: score(results) };
}

/** Highest severity among unsuppressed findings of a failing rule, else null. */
export function failingSeverity(status: Status, findings: Array<{ severity: Severity; suppressed: boolean }>): Severity | null {
  if (status !== 'fail') return null;
  const active = findings.filter((f) => !f.suppressed).map((f) => f.severity);
  if (active.length === 0) return null;
  return worst(active);
}
