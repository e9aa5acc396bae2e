import type { Finding, RuleResult } from '../engine/types.js';
import type { AuditRun, ReportOptions } from './types.js';

/** Findings a report shows: suppressed ones stay (marked) unless `includeSuppressed` is false. */
export function visibleFindings(result: RuleResult, options: Pick<ReportOptions, 'includeSuppressed'>): Finding[] {
  return options.includeSuppressed === false ? result.findings.filter((f) => !f.suppressed) : result.findings;
}

/** "Acme Billing GmbH (00D…)" */
export const orgLabel = (run: AuditRun): string => `${run.org.name} (${run.org.id})`;

export const orgKind = (run: AuditRun): string => (run.org.isSandbox ? 'sandbox' : 'production');

/** "User admin@acme.example (005…)" */
export function resourceLabel(f: Finding): string {
  const r = f.resource;
  return r.id && r.id !== r.name ? `${r.type} ${r.name} (${r.id})` : `${r.type} ${r.name}`;
}

/** Failing rules that `--fix` can repair: unsuppressed findings and a fixable kind other than manual. */
export function repairable(run: AuditRun): RuleResult[] {
  return run.result.results.filter((r) => r.failingSeverity !== null && (r.fixable === 'safe' || r.fixable === 'review'));
}

/** Rule ids of all runs, in first-seen (registry) order. */
export function unionRuleIds(runs: readonly AuditRun[]): string[] {
  const ids: string[] = [];
  for (const run of runs) for (const r of run.result.results) if (!ids.includes(r.ruleId)) ids.push(r.ruleId);
  return ids;
}

/** Ends a sentence with a period unless it already ends with punctuation. */
export const sentence = (s: string): string => (/[.!?:]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);
