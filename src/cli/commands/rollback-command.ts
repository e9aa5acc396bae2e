import { connectOrg, type ConnectArgs } from '../../auth/connect-org.js';
import { UsageError } from '../../errors.js';
import { loadJournal, rollbackJournal } from '../../fix/index.js';
import type { Outcome } from '../../outcome.js';
import type { CliIO } from '../io.js';
import { clientOptions } from '../obtain-snapshot.js';
import { OrgClient } from '../../org/index.js';
import { selectList } from '../../snapshot/sobject-fields.js';

export interface RollbackArgs extends ConnectArgs {
  journal: string;
  timeout?: number;
  yes?: boolean;
}

/** Restores what a fix journal applied, on the org the journal belongs to. Safe to run twice; failing when changes were left in place. */
export async function rollbackCommand(args: RollbackArgs, io: CliIO): Promise<Outcome> {
  const journal = await loadJournal(args.journal);
  const connection = await connectOrg(args, io.env);
  // Through OrgClient: our retry policy and typed errors, not jsforce's 15-second retry schedule.
  const { records } = await new OrgClient(connection, clientOptions(args.timeout)).get<{ records: Array<{ Id: string; Name: string }> }>(
    `/query?q=${encodeURIComponent(`SELECT ${selectList('Organization', undefined, ['Id', 'Name'])} FROM Organization`)}`,
  );
  const org = records[0];
  if (!args.yes) {
    if (!io.confirm) throw new UsageError('rollback: no terminal to confirm on; pass --yes to roll back without asking');
    const where = journal.isSandbox === false ? `the PRODUCTION org ${org.Name}` : `org ${org.Name}`;
    if (!(await io.confirm(`Roll back the changes in ${args.journal} on ${where}?`))) {
      io.stdout.write('Nothing changed.\n');
      return 'ok';
    }
  }
  const outcome = await rollbackJournal(connection, args.journal, { orgId: org.Id, client: clientOptions(args.timeout) });
  io.stdout.write(`${outcome.message}\n`);
  for (const conflict of outcome.conflicts)
    io.stdout.write(`  left alone (changed since the fix): ${conflict.changeId}: ${conflict.detail ?? ''}\n`);
  return outcome.status === 'partial' ? 'failing' : 'ok';
}
