import { JUSTON_AUDIT_COMMANDS, type CommandNames } from '../../command-names.js';
import { loadConfig } from '../../config/index.js';
import { AuditError, UsageError } from '../../errors.js';
import type { Outcome } from '../../outcome.js';
import { auditOutcome, failedRun, type AuditRun } from '../../report/index.js';
import type { Severity } from '../../rules/types.js';
import { saveSnapshot } from '../../snapshot/save-snapshot.js';
import { mapBounded } from '../../support/map-bounded.js';
import { parseUserJson, readUserFile } from '../../support/read-user-file.js';
import { auditRun } from '../audit-run.js';
import { readBaseline, withBaseline } from '../baseline-file.js';
import { collectOptionsFor } from '../../config/collect-options-from-config.js';
import { progress, type CliIO } from '../io.js';
import { obtainSnapshot, type SourceArgs } from '../obtain-snapshot.js';
import { redactSecrets } from '../../support/redact-secrets.js';
import { unreadableNotice } from '../unreadable-notice.js';
import { reportOutputs } from '../report-outputs.js';
import { TOOL } from '../tool-info.js';
import { writeReports } from '../write-reports.js';
import { applyPlan, planForRun } from './fix-flow.js';

export interface AuditArgs extends Omit<SourceArgs, 'targetOrg'> {
  targetOrg?: string[];
  orgs?: string;
  config?: string;
  saveSnapshot?: string;
  verbose?: boolean;
  format?: string;
  output?: string[];
  failOn: Severity;
  allowInconclusive?: boolean;
  color: boolean;
  sfdxProject?: string;
  fix?: boolean;
  dryRun?: boolean;
  yes?: boolean;
  rule?: string[];
  fixType: 'safe' | 'review';
  /** How the texts name commands; the standalone CLI's (`juston-audit …`) unless the caller says otherwise. */
  commands?: CommandNames;
  baseline?: string;
}

/** Orgs audited at once in a multi-org run: enough to overlap latency, few enough to spare the API. */
const ORG_CONCURRENCY = 3;

export async function auditCommand(args: AuditArgs, io: CliIO): Promise<Outcome> {
  const outputs = reportOutputs(args.format, args.output ?? []);
  const { config, path: configPath } = loadConfig({ path: args.config, cwd: io.cwd });
  const collectOptions = collectOptionsFor(config);
  const aliases = [...(args.targetOrg ?? []), ...(args.orgs ? readOrgList(args.orgs) : [])];
  if (aliases.length > 1 && args.saveSnapshot) throw new UsageError('--save-snapshot takes one org; audit several orgs without it');
  if (aliases.length > 1 && args.fix) throw new UsageError('--fix repairs one org at a time; name one org');
  const commands = args.commands ?? JUSTON_AUDIT_COMMANDS;
  if (args.dryRun && !args.fix) throw new UsageError(`--dry-run goes with --fix (${commands.fix} --dry-run)`);
  const baseline = args.baseline ? readBaseline(args.baseline) : undefined;
  const compared = (run: AuditRun) => (baseline ? withBaseline(run, baseline) : run);

  const auditOne = async (source: SourceArgs) => {
    const obtained = await obtainSnapshot(source, io, collectOptions);
    const { snapshot, stats, instanceUrl } = obtained;
    const notice = stats ? unreadableNotice(snapshot, aliases.length > 1 ? source.targetOrg : undefined) : undefined;
    if (notice) io.stderr.write(notice);
    if (args.verbose && stats)
      io.stderr.write(
        `Collector plan:\n${stats.plan.map((line) => `  ${line}`).join('\n')}\nAPI calls used: ${stats.apiCalls} in ${stats.waves} wave(s), ${stats.durationMs} ms\n`,
      );
    if (args.saveSnapshot) {
      await saveSnapshot(args.saveSnapshot, snapshot);
      io.stderr.write(`Snapshot written to ${args.saveSnapshot}\n`);
    }
    progress(io, 'evaluating rules');
    return { run: auditRun(snapshot, config, { stats, instanceUrl, apiVersion: stats ? args.apiVersion : undefined }), obtained };
  };

  const reportOptions = {
    color: args.color,
    width: terminalWidth(io),
    sfdxProject: args.sfdxProject,
    configPath: configPath ?? undefined,
    commands,
  };
  const gate = { failOn: args.failOn, allowInconclusive: Boolean(args.allowInconclusive) };
  if (aliases.length > 1) {
    const runs = await mapBounded(aliases, ORG_CONCURRENCY, async (alias) => {
      try {
        const { run, obtained } = await auditOne({ ...args, targetOrg: alias });
        await obtained.close();
        return run;
      } catch (error) {
        if (!(error instanceof AuditError)) throw error;
        io.stderr.write(`juston-audit: ${alias}: ${redactSecrets(error.message)}\n`);
        return failedRun({ id: alias, name: alias, edition: 'unknown', isSandbox: false }, redactSecrets(error.message), TOOL);
      }
    });
    const comparedRuns = runs.map(compared);
    await writeReports(comparedRuns, outputs, reportOptions, io);
    return auditOutcome(comparedRuns, gate);
  }

  const { run: audited, obtained } = await auditOne({ ...args, targetOrg: aliases[0] });
  try {
    const run = compared(audited);
    const plan = args.fix ? planForRun(run, obtained, config, args) : undefined;
    if (plan) run.fixPlan = plan;
    await writeReports([run], outputs, reportOptions, io);
    if (!plan) return auditOutcome([run], gate);
    // The plan and the fix's progress follow a terminal report on stdout; beside JSON or SARIF they go to stderr.
    const terminalOnStdout = outputs.some((output) => output.file === null && output.format === 'terminal');
    const say = (text: string) => (terminalOnStdout ? io.stdout : io.stderr).write(text);
    const repaired = await applyPlan(run, plan, obtained, config, { ...args, commands }, io, say);
    return auditOutcome([repaired ? compared(repaired) : run], gate);
  } finally {
    await obtained.close();
  }
}

/** `--orgs FILE`: aliases one per line (# comments allowed) or a JSON array of aliases. */
function readOrgList(path: string): string[] {
  const text = readUserFile(path, '--orgs');
  if (text.trimStart().startsWith('[')) {
    const parsed = parseUserJson(text, path, '--orgs');
    if (!Array.isArray(parsed) || !parsed.every((alias) => typeof alias === 'string'))
      throw new UsageError(`--orgs ${path}: expected a JSON array of org aliases`);
    return parsed;
  }
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

function terminalWidth(io: CliIO): number {
  const columns = (io.stdout as { columns?: number }).columns;
  return columns && columns >= 40 ? Math.min(columns, 120) : 80;
}
