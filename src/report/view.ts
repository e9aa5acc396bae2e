import type { AuditResult, Finding, Readiness, RuleResult } from '../engine/types.js';
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

/** "JustOn 2.98.0.1 (Summer 2026)", "JustOn not installed", "JustOn package state unknown". */
export function packageLabel(result: AuditResult): string {
  const p = result.package;
  if (p.state === 'absent') return 'JustOn not installed';
  if (p.state === 'unknown') return 'JustOn package state unknown';
  const version = p.pkg?.version?.join('.');
  const name = p.pkg?.versionName || undefined;
  return `JustOn ${version && name ? `${version} (${name})` : (version ?? name ?? 'installed')}`;
}

/** "Ready to install JustOn: yes" / "…: no". */
export const readinessLine = (readiness: Readiness): string => `Ready to install JustOn: ${readiness.ready ? 'yes' : 'no'}`;

/** One failing preparation step: "org/salesforce-features: Salesforce features JustOn needs are enabled (inconclusive)". */
export const readinessStep = (step: Readiness['failing'][number]): string =>
  `${step.ruleId}: ${step.title}${step.status === 'fail' ? '' : ` (${step.status})`}`;

/** What the readiness line says beyond yes/no. */
export function readinessDetail(readiness: Readiness): string {
  const n = readiness.steps.length;
  if (readiness.ready) return `all ${n} preparation ${n === 1 ? 'step passes' : 'steps pass'}; JustOn is not installed yet.`;
  const open = readiness.failing.length;
  return `${open} of ${n} preparation ${n === 1 ? 'step' : 'steps'} still ${open === 1 ? 'fails' : 'fail'}:`;
}
