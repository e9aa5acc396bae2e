import { saveSnapshot } from '../../snapshot/save-snapshot.js';
import type { CliIO } from '../io.js';
import { obtainSnapshot, type SourceArgs } from '../obtain-snapshot.js';
import { renderSnapshotSummary } from '../render-snapshot-summary.js';

export interface AuditArgs extends SourceArgs {
  saveSnapshot?: string;
  verbose?: boolean;
}

export async function auditCommand(args: AuditArgs, io: CliIO): Promise<number> {
  const { snapshot, stats } = await obtainSnapshot(args, io);
  if (args.verbose && stats) io.stderr.write(`Collector plan:\n${stats.plan.map((line) => `  ${line}`).join('\n')}\nAPI calls used: ${stats.apiCalls} in ${stats.waves} wave(s)\n`);
  if (args.saveSnapshot) {
    await saveSnapshot(args.saveSnapshot, snapshot);
    io.stderr.write(`Snapshot written to ${args.saveSnapshot}\n`);
  }
  io.stdout.write(renderSnapshotSummary(snapshot, stats));
  return 0;
}
