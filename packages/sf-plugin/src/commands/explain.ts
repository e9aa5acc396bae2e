import { Args } from '@oclif/core';
import { SfCommand } from '@salesforce/sf-plugins-core';
import { SF_JUSTON_COMMANDS } from '../command-names.js';
import { loadRuleCommands } from '../juston-audit.js';
import { runJuston } from '../run-juston.js';
import { sfIO } from '../sf-io.js';

export interface ExplainResult {
  rule: string;
  /** What the command prints without --json. */
  explanation: string;
}

export default class JustonExplain extends SfCommand<ExplainResult> {
  public static override readonly summary = 'Why a rule matters, how it is checked, and how to fix it.';
  public static override readonly description = '`sf juston rules` lists the rule ids.';
  public static override readonly examples = ['<%= config.bin %> <%= command.id %> access/balance-fields'];
  public static override readonly args = {
    rule: Args.string({ required: true, description: 'Rule id, e.g. access/balance-fields.' }),
  };

  public override async run(): Promise<ExplainResult> {
    const { args } = await this.parse(JustonExplain);
    const { io, captured } = sfIO({ json: this.jsonEnabled(), spinner: this.spinner, confirm: (message) => this.confirm({ message }) }, '');
    const { explainCommand } = await loadRuleCommands();
    const width = Math.min(100, process.stdout.columns ?? 80);
    await runJuston(async () => explainCommand(args.rule, io, width, SF_JUSTON_COMMANDS));
    return { rule: args.rule, explanation: captured() };
  }
}
