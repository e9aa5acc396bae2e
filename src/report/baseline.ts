import type { AuditResult, Finding, Severity } from '../engine/types.js';
import type { AuditRun } from './types.js';

/** A finding of the current run against the baseline (SARIF 2.1.0 §3.27.24 names; `absent` findings are listed apart). */
export type BaselineState = 'new' | 'unchanged';

/** A finding of the baseline report, as its JSON report wrote it. */
export interface BaselineFinding {
  ruleId: string;
  message: string;
  severity: Severity;
  resource: { type: string; id: string | null; name: string; key: string };
  fingerprint: string;
}

/** One org's run of an earlier JSON report. */
export interface BaselineRun {
  orgId: string;
  orgName: string;
  capturedAt: string;
  findings: BaselineFinding[];
}

/** How the current run of an org differs from its baseline, by finding fingerprint. */
export interface BaselineComparison {
  /** When the baseline's data was captured. */
  capturedAt: string;
  /** Fingerprints of the current findings that the baseline also had. */
  unchanged: ReadonlySet<string>;
  /** Baseline findings that are gone (fixed), of rules the current run evaluated conclusively. */
  absent: BaselineFinding[];
}

/**
 * Compares a run's findings with the baseline's by fingerprint. A baseline finding counts as absent only
 * when its rule was evaluated again and is not inconclusive: a rule turned off or unreadable proves nothing fixed.
 */
export function compareToBaseline(result: AuditResult, baseline: BaselineRun): BaselineComparison {
  const current = new Set(result.results.flatMap((r) => r.findings.map((f) => f.fingerprint)));
  const decided = new Set(result.results.filter((r) => r.status !== 'inconclusive').map((r) => r.ruleId));
  const before = new Set(baseline.findings.map((f) => f.fingerprint));
  return {
    capturedAt: baseline.capturedAt,
    unchanged: new Set([...current].filter((fingerprint) => before.has(fingerprint))),
    absent: baseline.findings.filter((f) => decided.has(f.ruleId) && !current.has(f.fingerprint)),
  };
}

export const baselineState = (comparison: BaselineComparison, f: Finding): BaselineState =>
  comparison.unchanged.has(f.fingerprint) ? 'unchanged' : 'new';

/** The current findings that the baseline did not have. */
export const newFindings = (run: AuditRun, comparison: BaselineComparison): Finding[] =>
  run.result.results.flatMap((r) => r.findings.filter((f) => baselineState(comparison, f) === 'new'));

/** "2026-11-29 01:00 UTC" from an ISO date-time. */
const shortDate = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
};

/** "2 new, 3 fixed since 2026-11-29 01:00 UTC": the line reports lead with under --baseline. */
export const baselineLine = (run: AuditRun, comparison: BaselineComparison): string =>
  `${newFindings(run, comparison).length} new, ${comparison.absent.length} fixed since ${shortDate(comparison.capturedAt)}`;
