import { isAtLeast } from '../engine/severity.js';
import type { Severity } from '../engine/types.js';
import type { Outcome } from '../outcome.js';
import { newFindings } from './baseline.js';
import type { AuditRun } from './types.js';

export interface GateOptions {
  /** Lowest failing severity that fails the run (CLI --fail-on, default 'error'). */
  failOn: Severity;
  /** When true, inconclusive rules do not make the audit incomplete (CLI --allow-inconclusive). */
  allowInconclusive: boolean;
}

/**
 * The audit's outcome. incomplete wins over failing: when any run could not be audited, or (unless
 * allowInconclusive) any rule is inconclusive, the audit is incomplete even if rules also fail, because a
 * partly blind audit must never look like an ordinary failure or a pass. Else failing when any rule's
 * failingSeverity is at or above failOn, else ok. failingSeverity is null for suppressed-only and
 * non-failing rules, so suppressed findings, passes, manual and not-applicable rules never fail the run.
 * A run compared with a baseline (--baseline) fails only on its new unsuppressed findings at or above failOn.
 */
export function auditOutcome(runs: readonly AuditRun[], options: GateOptions): Outcome {
  const results = runs.flatMap((run) => run.result.results);
  if (runs.some((run) => run.error)) return 'incomplete';
  if (!options.allowInconclusive && results.some((r) => r.status === 'inconclusive')) return 'incomplete';
  return runs.some((run) => runFails(run, options.failOn)) ? 'failing' : 'ok';
}

function runFails(run: AuditRun, failOn: Severity): boolean {
  if (!run.baseline) return run.result.results.some((r) => r.failingSeverity !== null && isAtLeast(r.failingSeverity, failOn));
  const failing = new Set(run.result.results.filter((r) => r.status === 'fail').map((r) => r.ruleId));
  return newFindings(run, run.baseline).some((f) => failing.has(f.ruleId) && !f.suppressed && isAtLeast(f.severity, failOn));
}
