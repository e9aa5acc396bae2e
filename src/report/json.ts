import type { Finding, RuleResult } from '../engine/types.js';
import { baselineState, newFindings, type BaselineComparison } from './baseline.js';
import type { AuditRun, Reporter, ReportOptions } from './types.js';
import { visibleFindings } from './view.js';

/** Version of the JSON report shape (report.schema.json). Bump on any incompatible change. */
export const REPORT_SCHEMA_VERSION = 1;

const finding = (f: Finding, baseline: BaselineComparison | undefined) => ({
  message: f.message,
  severity: f.severity,
  resource: { type: f.resource.type, id: f.resource.id ?? null, name: f.resource.name, key: f.resource.key },
  fingerprint: f.fingerprint,
  suppressed: f.suppressed,
  ...(f.suppression ? { suppression: f.suppression } : {}),
  ...(f.data ? { data: f.data } : {}),
  ...(f.fix ? { fix: f.fix } : {}),
  ...(baseline ? { baselineState: baselineState(baseline, f) } : {}),
});

const result = (r: RuleResult, options: ReportOptions, baseline: BaselineComparison | undefined) => ({
  ruleId: r.ruleId,
  status: r.status,
  severity: r.severity,
  failingSeverity: r.failingSeverity,
  title: r.title,
  category: r.category,
  reason: r.reason ?? null,
  fixable: r.fixable,
  findings: visibleFindings(r, options).map((f) => finding(f, baseline)),
  ...(r.evidence ? { evidence: r.evidence } : {}),
  ...(r.error ? { error: r.error } : {}),
});

function jsonRun(run: AuditRun, options: ReportOptions) {
  const r = run.result;
  return {
    org: {
      id: run.org.id,
      name: run.org.name,
      edition: run.org.edition,
      isSandbox: run.org.isSandbox,
      instanceUrl: run.org.instanceUrl ?? null,
    },
    apiVersion: run.apiVersion ?? null,
    capturedAt: r.capturedAt,
    evaluatedAt: r.evaluatedAt,
    package: r.package,
    ...(r.readiness ? { readiness: r.readiness } : {}),
    summary: r.summary,
    results: r.results.map((x) => result(x, options, run.baseline)),
    rulesOff: r.rulesOff,
    suppressions: r.suppressions,
    ...(r.degradedReads ? { degradedReads: r.degradedReads } : {}),
    stats: run.stats ? { apiCalls: run.stats.apiCalls, durationMs: run.stats.durationMs } : null,
    ...(run.fixPlan !== undefined ? { fixPlan: run.fixPlan } : {}),
    ...(run.error ? { error: run.error } : {}),
    ...(run.baseline ? { baseline: baselineSection(run, run.baseline) } : {}),
  };
}

/** With --baseline: when the baseline was captured, how many findings are new or unchanged, and the absent (fixed) ones. */
const baselineSection = (run: AuditRun, baseline: BaselineComparison) => ({
  capturedAt: baseline.capturedAt,
  new: newFindings(run, baseline).length,
  unchanged: baseline.unchanged.size,
  absent: baseline.absent.map((f) => ({
    ruleId: f.ruleId,
    message: f.message,
    severity: f.severity,
    resource: f.resource,
    fingerprint: f.fingerprint,
  })),
});

/**
 * The JSON report (report.schema.json): one entry in `runs` per org. With exactly one run, that run's
 * `org`, `readiness` (only when JustOn is not installed), `summary`, `results`, `stats` and `baseline` (with
 * --baseline) are repeated at the top level for simple consumers.
 */
export const renderJson: Reporter = (runs, options) => {
  const rendered = runs.map((run) => jsonRun(run, options));
  const single =
    rendered.length === 1
      ? {
          org: rendered[0].org,
          ...(rendered[0].readiness ? { readiness: rendered[0].readiness } : {}),
          summary: rendered[0].summary,
          results: rendered[0].results,
          stats: rendered[0].stats,
          ...(rendered[0].baseline ? { baseline: rendered[0].baseline } : {}),
        }
      : {};
  const report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: runs[0]?.tool.name ?? 'juston-audit', version: runs[0]?.tool.version ?? '0.0.0' },
    generatedAt: (options.now ?? new Date()).toISOString(),
    ...(options.configPath ? { configPath: options.configPath } : {}),
    runs: rendered,
    ...single,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
};
