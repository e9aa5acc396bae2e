import type { Snapshot, SnapshotKey } from '@juston-audit/org-snapshot';
import { inconclusive, notApplicable } from '../rules/outcome.js';
import { inNamespace, MissingDataError, missingAll } from '../rules/shared/data.js';
import type { PackageState } from '../rules/shared/package.js';
import type { AnyRule, RuleContext, RuleOutcome } from '../rules/types.js';
import { versionGate } from './applies-to.js';
import { placeholders } from './messages.js';

export type BaseContext = Omit<RuleContext, 'require'>;

export interface RunOutcome {
  outcome: RuleOutcome;
  error?: string;
}

const missingReason = (problems: string[]) => `Required data is missing: ${problems.join('; ')}.`;

/**
 * Runs one rule and decides its status. Order: package absent → not-applicable (not for preparation steps
 * and the package check); installed version outside the rule's `appliesTo` → not-applicable; required data
 * missing or unreadable → inconclusive (never pass); the check throws → inconclusive with the error;
 * an outcome that breaks the rule contract → inconclusive. The snapshot is never modified.
 */
export function runRule(rule: AnyRule, snapshot: Snapshot, options: unknown, base: BaseContext, pkg: PackageState): RunOutcome {
  if (rule.meta.needsPackage !== false && pkg.state === 'absent') {
    return { outcome: notApplicable(`The ${base.namespace} package is not installed.`) };
  }
  const gated = versionGate(rule.meta.appliesTo, pkg, base.namespace);
  if (gated) return { outcome: gated };
  const missing = missingAll(snapshot, inNamespace(rule.meta.requires, base.namespace));
  if (missing.length > 0) return { outcome: inconclusive(missingReason(missing)) };
  const context: RuleContext = {
    ...base,
    require: (...keys: SnapshotKey[]) => {
      const problems = missingAll(snapshot, keys);
      if (problems.length > 0) throw new MissingDataError(problems);
    },
  };
  let outcome: RuleOutcome;
  try {
    outcome = rule.check(snapshot, options, context);
  } catch (err) {
    if (err instanceof MissingDataError) return { outcome: inconclusive(missingReason(err.problems)) };
    const message = err instanceof Error ? err.message : String(err);
    return { outcome: inconclusive(`The check failed with an error: ${message}`), error: message };
  }
  const violation = contractViolation(rule, outcome);
  return violation ? { outcome: inconclusive(`Rule error: ${violation}`), error: violation } : { outcome };
}

/** What is wrong with an outcome, or null. */
function contractViolation(rule: AnyRule, outcome: RuleOutcome): string | null {
  const statuses = ['pass', 'fail', 'manual', 'inconclusive', 'not-applicable'];
  if (!outcome || !statuses.includes(outcome.status)) return `unknown status ${JSON.stringify(outcome?.status)}`;
  if (outcome.status === 'fail' && outcome.findings.length === 0) return 'status fail without findings';
  if (['pass', 'not-applicable', 'inconclusive'].includes(outcome.status) && outcome.findings.length > 0) {
    return `status ${outcome.status} with findings`;
  }
  for (const f of outcome.findings) {
    const template = rule.meta.messages[f.messageId];
    if (template === undefined) return `unknown messageId '${f.messageId}'`;
    const absent = placeholders(template).filter((p) => f.data?.[p] === undefined);
    if (absent.length > 0) return `message '${f.messageId}' lacks data for ${absent.join(', ')}`;
    if (!f.resource?.type || !f.resource.name) return 'a finding without resource type or name';
    if (f.fix && rule.meta.fixable === null) return 'a fix on a rule that is not fixable';
  }
  return null;
}
