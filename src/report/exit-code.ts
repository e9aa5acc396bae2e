import type { Severity } from '../engine/types.js';
import { isAtLeast } from '../engine/severity.js';
import type { AuditRun } from './types.js';

export interface ExitCodeOptions {
  /** Lowest failing severity that fails the run (CLI --fail-on, default 'error'). */
  failOn: Severity;
  /** When true, inconclusive rules do not give exit 3 (CLI --allow-inconclusive). */
  allowInconclusive: boolean;
}

/**
 * The audit's exit code. 3 wins over 1: when any run could not be audited, or (unless
 * allowInconclusive) any rule is inconclusive, the result is 3 even if rules also fail, because a
 * partly blind audit must never look like an ordinary failure or a pass. Else 1 when any rule's
 * failingSeverity is at or above failOn, else 0. failingSeverity is null for suppressed-only and
 * non-failing rules, so suppressed findings, passes, manual and not-applicable rules never fail the run.
 * (Exit 2, usage or config errors, is decided by the CLI before any audit.)
 */
export function exitCodeFor(runs: readonly AuditRun[], options: ExitCodeOptions): 0 | 1 | 3 {
  const results = runs.flatMap((run) => run.result.results);
  if (runs.some((run) => run.error)) return 3;
  if (!options.allowInconclusive && results.some((r) => r.status === 'inconclusive')) return 3;
  return results.some((r) => r.failingSeverity !== null && isAtLeast(r.failingSeverity, options.failOn)) ? 1 : 0;
}
