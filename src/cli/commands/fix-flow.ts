import type { CommandNames } from '../../command-names.js';
import type { AuditConfig } from '../../config/types.js';
import { UsageError } from '../../errors.js';
import { applyFixes, planFixes, renderPlan, verifyFixes, type FixPlan } from '../../fix/index.js';
import type { AuditRun } from '../../report/index.js';
import { auditRunFromResult } from '../audit-run.js';
import { progress, type CliIO } from '../io.js';
import { clientOptions, type ObtainedSnapshot } from '../obtain-snapshot.js';

export interface FixArgs {
  dryRun?: boolean;
  yes?: boolean;
  rule?: string[];
  fixType: 'safe' | 'review';
  /** Seconds within which every call to the org must finish (--timeout). */
  timeout?: number;
  /** How the printed texts name commands; "Undo with:" names `rollback` (the sf plugin's is `sf juston rollback -o …`). */
  commands: CommandNames;
}

/** Plans the repairs of one audited org; the plan travels with the run into every report. */
export function planForRun(
  run: AuditRun,
  obtained: ObtainedSnapshot,
  config: AuditConfig,
  args: Pick<FixArgs, 'rule' | 'fixType'>,
): FixPlan {
  return planFixes(run.result, obtained.snapshot, { rules: args.rule, fixType: args.fixType, namespace: config.namespace });
}

/**
 * Shows the plan, asks (unless --yes), applies with a journal, verifies by auditing again, and returns
 * the fresh audit of the repaired org. `say` is stdout for the terminal report, stderr otherwise.
 */
export async function applyPlan(
  run: AuditRun,
  plan: FixPlan,
  obtained: ObtainedSnapshot,
  config: AuditConfig,
  args: FixArgs,
  io: CliIO,
  say: (text: string) => void,
): Promise<AuditRun | null> {
  say(`\n${renderPlan(plan)}\n`);
  if (args.dryRun || plan.changes.length === 0) return null;
  if (!obtained.connection)
    throw new UsageError('--fix needs a live org: a --snapshot file cannot be changed (use --dry-run to see the plan)');
  if (!args.yes) {
    if (!io.confirm) throw new UsageError('--fix: no terminal to confirm on; pass --yes to apply without asking (CI)');
    const where = plan.isSandbox === false ? `the PRODUCTION org ${run.org.name}` : `org ${run.org.name}`;
    if (!(await io.confirm(`Apply ${plan.changes.length} change(s) to ${where}?`))) {
      say('Nothing changed.\n');
      return null;
    }
  }
  const outcome = await applyFixes(obtained.connection, plan, {
    snapshot: obtained.snapshot,
    journalDir: io.cwd,
    orgId: run.org.id,
    onProgress: (p) => progress(io, `${p.phase} ${p.done}/${p.total}`),
    client: clientOptions(args.timeout),
    rollbackCommand: args.commands.rollback,
  });
  say(`${outcome.message}\n`);
  for (const conflict of outcome.conflicts)
    say(`  conflict: ${conflict.changeId}: ${conflict.detail ?? 'the target changed since the audit'}\n`);
  progress(io, 'verifying: auditing the org again');
  const verified = await verifyFixes(obtained.connection, plan, config, outcome, clientOptions(args.timeout));
  say(`Verification: ${verified.verified} verified, ${verified.notVerified} not verified, ${verified.failed} failed\n`);
  for (const change of verified.changes.filter((c) => c.status !== 'verified')) say(`  ${change.status}: ${change.summary}\n`);
  if (outcome.journalPath) say(`Undo with: ${args.commands.rollback} ${outcome.journalPath}\n`);
  return auditRunFromResult(verified.result, verified.snapshot, { instanceUrl: run.org.instanceUrl, apiVersion: run.apiVersion });
}
