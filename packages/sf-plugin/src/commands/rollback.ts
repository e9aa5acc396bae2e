import { Args } from '@oclif/core';
import { Flags, SfCommand } from '@salesforce/sf-plugins-core';
import { DEFAULT_API_VERSION, loadRollbackCommand, loadTraced, type RollbackJson } from '../juston-audit.js';
import { orgLogin } from '../org-login.js';
import { runJuston } from '../run-juston.js';
import { documentOutput, sfIO } from '../sf-io.js';

/** With --json: juston-audit's `rollback --format json` document (rollback.schema.json in juston-audit). */
export type RollbackResult = RollbackJson | undefined;

export default class JustonRollback extends SfCommand<RollbackResult> {
  public static override readonly summary = 'Undo what a `sf juston audit --fix` run applied, from its journal.';
  public static override readonly description =
    'Restores every change the journal records on the org the journal belongs to; a value changed since the fix is left alone and reported. Safe to run twice. Exit code 0 when everything was restored, 1 when changes were left in place. With --json (which needs --yes), the result is juston-audit’s rollback JSON: status, restored, alreadyUndone, conflicts, failed, apiCalls, outcome.';
  public static override readonly examples = [
    '<%= config.bin %> <%= command.id %> .juston-audit/journal-00D5g0000000001AAA-20261130T031500000Z.json --target-org prod',
  ];
  public static override readonly args = {
    journal: Args.file({ required: true, description: 'The journal a --fix run wrote (its path is printed after the fix).' }),
  };
  public static override readonly flags = {
    'target-org': Flags.requiredOrg(),
    'api-version': Flags.orgApiVersion({ summary: `Salesforce API version (default ${DEFAULT_API_VERSION}).` }),
    yes: Flags.boolean({ char: 'y', summary: 'Roll back without asking.' }),
    timeout: Flags.integer({ default: 120, min: 1, summary: 'Give up after this many seconds.' }),
    trace: Flags.file({ summary: 'Record every HTTP exchange with the org to FILE as HAR 1.2, secrets redacted (mode 0600).' }),
  };

  public override async run(): Promise<RollbackResult> {
    const { args, flags } = await this.parse(JustonRollback);
    const json = this.jsonEnabled();
    const { io, captured } = sfIO({ json, spinner: this.spinner, confirm: (message) => this.confirm({ message }) }, 'juston rollback');
    const output = documentOutput<RollbackJson>(json, captured);
    await runJuston(async () => {
      const login = await orgLogin(flags['target-org'], flags['api-version'] ?? DEFAULT_API_VERSION);
      const [{ rollbackCommand }, { traced }] = await Promise.all([loadRollbackCommand(), loadTraced()]);
      const rollbackArgs = { ...login, journal: args.journal, timeout: flags.timeout, yes: flags.yes, format: output.format };
      return traced(flags, io, rollbackCommand)(rollbackArgs, io);
    });
    return output.result();
  }
}
