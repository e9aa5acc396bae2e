import { SfCommand } from '@salesforce/sf-plugins-core';
import { SF_JUSTON_COMMANDS } from '../command-names.js';
import { loadRuleCommands, loadRules } from '../juston-audit.js';
import { runJuston } from '../run-juston.js';
import { sfIO } from '../sf-io.js';

export type RulesResult = Array<{ id: string; title: string; severity: string; fixable: string | null }>;

export default class JustonRules extends SfCommand<RulesResult> {
  public static override readonly summary = 'List every rule with its severity and whether --fix can repair it.';
  public static override readonly description =
    'The rules of `sf juston audit`; `sf juston explain RULE` tells why one matters and how to fix it.';
  public static override readonly examples = ['<%= config.bin %> <%= command.id %>', '<%= config.bin %> <%= command.id %> --json'];

  public override async run(): Promise<RulesResult> {
    await this.parse(JustonRules);
    const { io } = sfIO({ json: this.jsonEnabled(), spinner: this.spinner, confirm: (message) => this.confirm({ message }) }, '');
    const [{ rulesCommand }, { rules }] = await Promise.all([loadRuleCommands(), loadRules()]);
    await runJuston(async () => rulesCommand(io, SF_JUSTON_COMMANDS));
    return rules.map(({ meta }) => ({ id: meta.id, title: meta.title, severity: meta.severity, fixable: meta.fixable ?? null }));
  }
}
