import { collect } from '../collect/collect.js';
import { OrgClient, type OrgClientOptions, type OrgConnection } from '../org/index.js';
import type { AuditConfig } from '../config/types.js';
import { evaluate } from '../engine/index.js';
import type { AuditResult } from '../engine/types.js';
import type { Snapshot } from '@juston-audit/org-snapshot';
import { collectOptionsFor } from '../config/collect-options-from-config.js';
import type { ApplyOutcome, FixPlan, VerifyOutcome, VerifyStatus } from './types.js';

/**
 * Re-collects the org and re-runs the audit; only the rules the plan repairs are looked at. A change is verified when none of the
 * findings it repairs is still open, not verified when some still are, failed when it was not applied.
 */
export async function verifyFixes(
  connection: OrgConnection,
  plan: FixPlan,
  config: AuditConfig = {},
  applied?: ApplyOutcome,
  clientOptions: OrgClientOptions = {},
): Promise<VerifyOutcome & { result: AuditResult; snapshot: Snapshot }> {
  const { snapshot } = await collect(new OrgClient(connection, clientOptions), collectOptionsFor(config));
  const owning = new Set(plan.rules);
  const result = evaluate(snapshot, config);
  const open = new Set(
    result.results
      .filter((r) => owning.has(r.ruleId))
      .flatMap((r) => (r.status === 'fail' || r.status === 'manual' ? r.findings : []))
      .filter((f) => !f.suppressed)
      .map((f) => f.fingerprint),
  );
  const statusOf = new Map(applied?.changes.map((c) => [c.changeId, c.status]));
  const changes = plan.changes.map((c) => {
    const remaining = c.fingerprints.filter((f) => open.has(f));
    const s = statusOf.get(c.id);
    const status: VerifyStatus = s !== undefined && s !== 'applied' ? 'failed' : remaining.length === 0 ? 'verified' : 'not verified';
    return { changeId: c.id, summary: c.summary, status, remaining };
  });
  const count = (s: VerifyStatus) => changes.filter((c) => c.status === s).length;
  return { changes, verified: count('verified'), notVerified: count('not verified'), failed: count('failed'), result, snapshot };
}
