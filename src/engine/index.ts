import { validateConfig } from '../config/validate.js';
import type { AuditConfig } from '../config/types.js';
import { rules as registry } from '../rules/index.js';
import { packageState } from '../rules/shared/package.js';
import { records } from '../rules/shared/sobjects.js';
import type { AnyRule } from '../rules/types.js';
import type { Snapshot } from '@juston-audit/org-snapshot';
import { toFindings } from './findings.js';
import { readinessOf } from './readiness.js';
import { runRule } from './run-rule.js';
import { resolveConfig } from './settings.js';
import { applySuppressions } from './suppressions.js';
import { failingSeverity, summarize } from './summary.js';
import type { AuditResult, RuleResult } from './types.js';

export interface EvaluateOptions {
  /** The audit time for expiry checks; defaults to the snapshot's capturedAt, so results are reproducible. */
  now?: Date;
  /** The rules to run; defaults to the registry. */
  rules?: readonly AnyRule[];
}

/**
 * Runs every rule over the snapshot: pure, synchronous, no I/O. The config is validated first
 * (InputError listing every problem). A rule that throws becomes inconclusive; the run goes on.
 */
export function evaluate(snapshot: Snapshot, config: AuditConfig = {}, opts: EvaluateOptions = {}): AuditResult {
  const ruleSet = opts.rules ?? registry;
  const resolved = resolveConfig(validateConfig(config, '<config>', ruleSet), ruleSet);
  const captured = Date.parse(snapshot.capturedAt);
  const now = opts.now ?? (Number.isNaN(captured) ? new Date() : new Date(captured));
  const org = records(snapshot, 'Organization')[0];
  const orgId = org?.Id ?? 'unknown-org';
  const pkg = packageState(snapshot, resolved.namespace);
  const results: RuleResult[] = resolved.rules.map(({ rule, severity, options }) => {
    const base = {
      now,
      namespace: resolved.namespace,
      connectedAppName: resolved.connectedAppName,
      userSelection: resolved.userSelection,
      ...(resolved.platformIntegrationUser ? { platformIntegrationUser: resolved.platformIntegrationUser } : {}),
      ...(resolved.attestations[rule.meta.id] ? { attestation: resolved.attestations[rule.meta.id] } : {}),
    };
    const { outcome, error } = runRule(rule, snapshot, options, base, pkg);
    return {
      ruleId: rule.meta.id,
      title: rule.meta.title,
      category: rule.meta.category,
      severity,
      status: outcome.status,
      ...(outcome.reason ? { reason: outcome.reason } : {}),
      findings: toFindings(rule, severity, outcome.findings, orgId),
      ...(outcome.evidence?.length ? { evidence: outcome.evidence } : {}),
      fixable: rule.meta.fixable,
      ...(error ? { error } : {}),
      failingSeverity: null,
    };
  });
  const suppressions = applySuppressions(
    results.flatMap((r) => r.findings),
    resolved.suppressions,
    now,
  );
  for (const r of results) r.failingSeverity = failingSeverity(r.status, r.findings);
  return {
    orgId,
    orgName: org?.Name ?? null,
    capturedAt: snapshot.capturedAt,
    evaluatedAt: now.toISOString(),
    package: pkg,
    ...(pkg.state === 'absent' ? { readiness: readinessOf(results, ruleSet) } : {}),
    results,
    summary: summarize(results),
    rulesOff: resolved.off,
    suppressions,
    ...(snapshot.degraded?.length ? { degradedReads: snapshot.degraded } : {}),
  };
}

export type { AuditResult } from './types.js';
