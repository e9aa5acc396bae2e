import type { AuditResult, Finding, RuleResult } from '../engine/types.js';
import { UsageError } from '../errors.js';
import { findRule } from '../rules/index.js';
import { records } from '../rules/shared/sobjects.js';
import type { Snapshot } from '@juston-audit/org-snapshot';
import { PlanBuilder } from './plan-builder.js';
import { planPermissionSet } from './plan-permission-set.js';
import { planAssignments, planLicences, planManual, planMetadata, planSetupEntityAccess } from './plan-simple.js';
import type { FixPlan } from './types.js';

export interface PlanOptions {
  /** Only these rules; naming a 'review' rule here includes it whatever fixType says. */
  rules?: string[];
  fixType?: 'safe' | 'review';
  namespace?: string;
}

/**
 * The fix plan for one audit result: pure. Changes for safe (and, when asked, reviewed) fixes,
 * numbered Setup steps for manual rules, and refusals for what cannot or may not be fixed.
 */
export function planFixes(result: AuditResult, snapshot: Snapshot, options: PlanOptions = {}): FixPlan {
  const fixType = options.fixType ?? 'safe';
  const namespace = options.namespace ?? 'ONB2';
  const known = new Set(result.results.map((r) => r.ruleId));
  const unknown = (options.rules ?? []).filter((id) => !known.has(id));
  if (unknown.length) throw new UsageError(`unknown rule${unknown.length > 1 ? 's' : ''} for --rule: ${unknown.join(', ')}`);
  const builder = new PlanBuilder();
  const inScope: RuleResult[] = [];
  for (const r of result.results) {
    if (options.rules && !options.rules.includes(r.ruleId)) continue;
    if (!open(r).length) continue;
    // A rule a person must confirm (status manual) gets its Setup steps even when it declares no fix.
    if (r.fixable === null && r.status !== 'manual') {
      if (options.rules) builder.refuse(r.ruleId, `${r.ruleId} has no fix; see its remediation in the report.`, open(r));
      continue;
    }
    if (r.fixable === 'review' && fixType !== 'review' && !options.rules) {
      builder.refuse(
        r.ruleId,
        `${r.ruleId} is a reviewed fix: not applied unless you pass --fix-type review or --rule ${r.ruleId}.`,
        open(r),
      );
      continue;
    }
    inScope.push(r);
  }
  const all = inScope.flatMap((r) => open(r));
  const ofKind = (kind: string) => all.filter((f) => f.fix?.kind === kind);
  for (const f of all.filter((f) => !f.fix && !isManualRule(f, inScope))) {
    builder.refuse(f.ruleId, `no automatic fix for: ${f.message}`, [f]);
  }
  planMetadata(builder, ofKind('metadata-update'));
  planSetupEntityAccess(builder, snapshot, ofKind('setup-entity-access'));
  planPermissionSet(
    builder,
    snapshot,
    all.filter((f) => f.fix?.kind === 'user-access' || (f.fix?.kind === 'setup-entity-access' && !f.fix.permissionSetId)),
    namespace,
  );
  planLicences(builder, ofKind('package-licence'));
  planAssignments(builder, ofKind('permission-set-assignment'));
  planManual(builder, manualFindings(all, inScope), new Map(result.results.map((r) => [r.ruleId, r.title])));
  const org = records(snapshot, 'Organization')[0];
  const rules = [
    ...new Set([
      ...builder.changes.flatMap((c) => c.ruleIds),
      ...builder.manual.map((m) => m.ruleId),
      ...builder.refusals.map((r) => r.ruleId),
    ]),
  ];
  return {
    format: 'juston-audit.fix-plan/v1',
    orgId: result.orgId,
    orgName: result.orgName,
    isSandbox: typeof org?.IsSandbox === 'boolean' ? org.IsSandbox : null,
    namespace,
    fixType,
    auditedAt: result.capturedAt,
    changes: builder.changes,
    manual: builder.manual,
    refusals: builder.refusals,
    rules: result.results.map((r) => r.ruleId).filter((id) => rules.includes(id)),
  };
}

/** Findings still open: neither passed nor suppressed. */
const open = (r: RuleResult): Finding[] => (r.status === 'fail' || r.status === 'manual' ? r.findings.filter((f) => !f.suppressed) : []);

const isManualRule = (f: Finding, rules: RuleResult[]) => {
  const rule = rules.find((r) => r.ruleId === f.ruleId);
  return rule?.fixable === 'manual' || rule?.status === 'manual';
};

/** Manual findings get their steps from the fix data, else from the rule's remediation. */
function manualFindings(all: Finding[], rules: RuleResult[]): Finding[] {
  return all
    .filter((f) => f.fix?.kind === 'manual' || (!f.fix && isManualRule(f, rules)))
    .map((f) => {
      if (f.fix?.kind === 'manual') return f;
      const meta = findRule(f.ruleId)?.meta;
      const steps = meta?.remediation.steps?.length
        ? [...meta.remediation.steps]
        : [`Open ${meta?.remediation.setupPath ?? 'Setup'}.`, meta?.remediation.text ?? f.message];
      return { ...f, fix: { kind: 'manual' as const, steps } };
    });
}
