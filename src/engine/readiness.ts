import type { AnyRule } from '../rules/types.js';
import type { Readiness, RuleResult } from './types.js';

/**
 * "Ready to install JustOn", for an org without the package: every preparation step (rules with
 * `phase: 'preparation'` that the config did not turn off) passed. A step that fails with open findings,
 * or could not be decided (inconclusive), keeps the answer at no: readiness is never claimed on a guess.
 */
export function readinessOf(results: readonly RuleResult[], rules: readonly AnyRule[]): Readiness {
  const preparation = new Set(rules.filter((r) => r.meta.phase === 'preparation').map((r) => r.meta.id));
  const steps = results.filter((r) => preparation.has(r.ruleId));
  const open = steps.filter((r) => (r.status === 'fail' && r.failingSeverity !== null) || r.status === 'inconclusive');
  return {
    ready: open.length === 0,
    steps: steps.map((r) => r.ruleId),
    failing: open.map((r) => ({ ruleId: r.ruleId, title: r.title, status: r.status, ...(r.reason ? { reason: r.reason } : {}) })),
  };
}
