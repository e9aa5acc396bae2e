import { readFile } from 'node:fs/promises';
import { Flags, SfCommand } from '@salesforce/sf-plugins-core';
import { auditArgsFromFlags } from '../audit-args.js';
import { DEFAULT_API_VERSION, loadAuditCommand, loadTraced, reportFormats, reportOutputs } from '../juston-audit.js';
import { orgLogin } from '../org-login.js';
import { runJuston } from '../run-juston.js';
import { sfIO } from '../sf-io.js';

/** With --json: the JSON report (report.schema.json in juston-audit). */
export type AuditResult = unknown;

export default class JustonAudit extends SfCommand<AuditResult> {
  public static override readonly summary =
    'Audit an org for a correct installation and configuration of JustOn Billing & Invoice Management (ONB2).';
  public static override readonly description = `Reads the org once (a preflight call checks the API budget and your permissions first), evaluates every rule of the JustOn installation guide and of a running JustOn, and prints the report. With --fix it plans the repairs, asks, applies them with a journal and verifies them.

Exit code (and the --json envelope's status): 0 no failing rule at or above --fail-on; 1 failing rules; 2 usage, config or input error; 3 the audit could not complete or a rule is inconclusive (unless --allow-inconclusive). With --json, the result is the JSON report.`;
  public static override readonly examples = [
    { description: 'Audit the org with alias prod:', command: '<%= config.bin %> <%= command.id %> --target-org prod' },
    {
      description: 'Audit the default org; write SARIF for GitHub code scanning and a JSON report:',
      command: '<%= config.bin %> <%= command.id %> --output audit.sarif --output audit.json',
    },
    { description: 'The JSON report inside sf’s envelope:', command: '<%= config.bin %> <%= command.id %> -o prod --json' },
    { description: 'Show the repair plan and change nothing:', command: '<%= config.bin %> <%= command.id %> -o prod --fix --dry-run' },
    {
      description: 'Only new findings since last night’s JSON report fail the run:',
      command: '<%= config.bin %> <%= command.id %> -o prod --baseline night-1.json',
    },
  ];

  public static override readonly flags = {
    'target-org': Flags.requiredOrg(),
    'api-version': Flags.orgApiVersion({ summary: `Salesforce API version the audit reads with (default ${DEFAULT_API_VERSION}).` }),
    config: Flags.file({ summary: 'Config file (default: juston-audit.config.json from here upward).' }),
    format: Flags.string({ summary: 'Report printed to stdout (default terminal).', options: reportFormats }),
    output: Flags.string({
      multiple: true,
      summary: 'Also write a report to [FORMAT:]FILE; the format from the extension .json .sarif .xml .md .html .txt.',
    }),
    'fail-on': Flags.option({
      options: ['error', 'warning', 'note'] as const,
      default: 'error' as const,
      summary: 'Lowest severity of a failing rule that makes the exit code 1.',
    })(),
    baseline: Flags.file({
      summary: 'Earlier JSON report of the org: findings are new or unchanged, only new ones make the exit code 1.',
    }),
    'allow-inconclusive': Flags.boolean({ summary: 'Inconclusive rules do not make the exit code 3.' }),
    'save-snapshot': Flags.file({ summary: 'Write what was collected to FILE (mode 0600).' }),
    'min-api-remaining': Flags.integer({
      default: 5,
      min: 0,
      max: 100,
      summary: "Refuse to start when less than this % of the org's daily API allowance is left.",
    }),
    'max-api-calls': Flags.integer({ min: 1, summary: 'Refuse a run that needs more API calls than this.' }),
    timeout: Flags.integer({
      default: 120,
      min: 1,
      summary: 'Give up reading the org after this many seconds (failed reads are retried within it).',
    }),
    fix: Flags.boolean({ summary: 'Plan the repairs, ask, apply them with a journal, and verify.' }),
    'dry-run': Flags.boolean({ summary: 'With --fix: print the plan and change nothing.' }),
    yes: Flags.boolean({ char: 'y', summary: 'With --fix: apply without asking (CI).' }),
    rule: Flags.string({ multiple: true, summary: 'With --fix: repair only these rules.' }),
    'fix-type': Flags.option({
      options: ['safe', 'review'] as const,
      default: 'safe' as const,
      summary: "'review' also applies reviewed fixes (authorizing users on the connected app).",
    })(),
    'sfdx-project': Flags.directory({ summary: 'Salesforce DX project root: SARIF findings point at its metadata files.' }),
    trace: Flags.file({ summary: 'Record every HTTP exchange with the org to FILE as HAR 1.2, secrets redacted (mode 0600).' }),
    verbose: Flags.boolean({ summary: 'Show the collector plan, the API calls used, and error details.' }),
  };

  public override async run(): Promise<AuditResult> {
    const { flags } = await this.parse(JustonAudit);
    const json = this.jsonEnabled();
    const { io, captured } = sfIO({ json, spinner: this.spinner, confirm: (message) => this.confirm({ message }) }, 'juston audit');
    await runJuston(async () => {
      const login = await orgLogin(flags['target-org'], flags['api-version'] ?? DEFAULT_API_VERSION);
      const args = auditArgsFromFlags(flags, login, { json, color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR });
      const [{ auditCommand }, { traced }] = await Promise.all([loadAuditCommand(), loadTraced()]);
      return traced(flags, io, auditCommand)(args, io);
    }, flags.verbose);
    if (!json) return undefined;
    // The JSON report went to stdout, unless an --output file of format json took it (juston-audit's reportOutputs decides).
    const jsonFile = reportOutputs('json', flags.output ?? []).find((output) => output.format === 'json')?.file;
    return JSON.parse(jsonFile ? await readFile(jsonFile, 'utf8') : captured()) as AuditResult;
  }
}
