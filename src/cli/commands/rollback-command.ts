import { connectOrg, type ConnectArgs } from '../../auth/connect-org.js';
import { UsageError } from '../../errors.js';
import { loadJournal, rollbackJournal } from '../../fix/index.js';
import type { RollbackOutcome } from '../../fix/types.js';
import type { Outcome } from '../../outcome.js';
import type { CliIO } from '../io.js';
import { clientOptions } from '../obtain-snapshot.js';
import { rollbackJson, rollbackOutcome } from '../rollback-json.js';
import { OrgClient } from '../../org/index.js';
import { selectList } from '../../snapshot/sobject-fields.js';

export interface RollbackArgs extends ConnectArgs {
  journal: string;
  timeout?: number;
  yes?: boolean;
  /** terminal (default) or json (rollback.schema.json). */
  format?: 'terminal' | 'json';
}

/** Restores what a fix journal applied, on the org the journal belongs to. Safe to run twice; failing when changes were left in place. */
export async function rollbackCommand(args: RollbackArgs, io: CliIO): Promise<Outcome> {
  const journal = await loadJournal(args.journal);
  const connection = await connectOrg(args, io.env);
  // Through OrgClient: our retry policy and typed errors, not jsforce's 15-second retry schedule.
  const client = new OrgClient(connection, clientOptions(args.timeout));
  const { records } = await client.get<{ records: Array<{ Id: string; Name: string }> }>(
    `/query?q=${encodeURIComponent(`SELECT ${selectList('Organization', undefined, ['Id', 'Name'])} FROM Organization`)}`,
  );
  const org = records[0];
  let rollback: RollbackOutcome | null = null;
  if (args.yes || (await confirmed(args, io, journal.isSandbox === false ? `the PRODUCTION org ${org.Name}` : `org ${org.Name}`)))
    rollback = await rollbackJournal(connection, args.journal, { orgId: org.Id, client: clientOptions(args.timeout) });
  if (args.format === 'json') {
    const json = rollbackJson({ id: org.Id, name: org.Name, instanceUrl: client.instanceUrl }, rollback, args.journal);
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else if (!rollback) {
    io.stdout.write('Nothing changed.\n');
  } else {
    io.stdout.write(`${rollback.message}\n`);
    for (const conflict of rollback.conflicts)
      io.stdout.write(`  left alone (changed since the fix): ${conflict.changeId}: ${conflict.detail ?? ''}\n`);
    for (const failure of rollback.failed)
      io.stdout.write(`  not restored (the write failed): ${failure.changeId}: ${failure.detail ?? ''}\n`);
  }
  return rollbackOutcome(rollback);
}

async function confirmed(args: RollbackArgs, io: CliIO, where: string): Promise<boolean> {
  if (!io.confirm) throw new UsageError('rollback: no terminal to confirm on; pass --yes to roll back without asking');
  return io.confirm(`Roll back the changes in ${args.journal} on ${where}?`);
}
