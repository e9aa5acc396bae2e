import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type yargsType from 'yargs';
import { UsageError } from '../errors.js';
import type { Outcome } from '../outcome.js';
import { reportFormats } from '../report/formats.js';
import { auditOptions, connectOptions } from './audit-options.js';
import { DEFAULT_EMULATOR_CLIENT_ID } from './commands/emulator-jwt-client.js';
import { exitCodeFor } from './exit-code.js';
import type { CliIO } from './io.js';
import { outputWidth } from './output-width.js';
import { reportFailure } from './report-failure.js';
import { explainUsageError } from './suggest-usage.js';
import { TOOL } from './tool-info.js';

// Command handlers import their modules when they run (jsforce, the rules, the reports and the emulator take
// hundreds of milliseconds to load): --version, --help and a usage error load none of them.

// yargs' ESM build wraps help text in the middle of words; its CommonJS build wraps at word boundaries.
// 'yargs/yargs' is the factory alone: 'yargs' also builds a default instance nobody here uses.
const yargs = createRequire(import.meta.url)('yargs/yargs') as typeof yargsType;

const EXAMPLES: Array<[string, string]> = [
  ['$0 --demo', 'audit the built-in demo org (a local emulator)'],
  ['$0 -o my-prod', 'audit an org you logged into with the Salesforce CLI (sf org login web --alias my-prod)'],
  ['$0 -o prod -o uat -o dev --output audit.md', 'audit three orgs; the report ends with a rules × orgs matrix'],
  ['SF_INSTANCE_URL=https://acme.my.salesforce.com SF_ACCESS_TOKEN=… $0', 'audit with an access token from the environment'],
  ['$0 --client-id KEY --jwt-key-file server.key --username ci@acme.com', 'log in with the JWT bearer flow (CI)'],
  ['$0 -o prod --output audit.sarif --output audit.json', 'terminal report plus SARIF and JSON files, from one audit'],
  ['$0 -o prod --save-snapshot prod.json', 'audit and keep what was collected'],
  [
    '$0 -o prod --baseline night-1.json',
    "mark findings new or unchanged against last night's JSON report, list the fixed ones; exit 1 only for new findings",
  ],
  ['$0 --snapshot prod.json --format markdown', 'audit a saved snapshot offline, as Markdown'],
  ['$0 -o prod --trace prod.har', 'also record the HTTP exchanges (secrets redacted) to send with a bug report'],
  ['$0 explain access/balance-fields', 'why a rule matters and how to fix it'],
];

const EMULATOR_EXAMPLES: Array<[string, string]> = [
  ['$0 emulator --org samples/clean-org.json', 'serve a sample org; one JSON line gives instanceUrl, accessToken, username, password'],
  [
    '$0 emulator --org samples/clean-org.json --generate-jwt-key emu.key',
    `also accept JWT logins: sf org login jwt --client-id ${DEFAULT_EMULATOR_CLIENT_ID} --jwt-key-file emu.key --username <username> --instance-url <instanceUrl>`,
  ],
  [
    '$0 emulator --org prod.json --client-id 3MVG9… --jwt-cert server.crt',
    "accept your connected app's JWT logins (its consumer key and certificate)",
  ],
];

const EMULATOR_EPILOG =
  'Log the Salesforce CLI in with the printed token: SF_ACCESS_TOKEN=<accessToken> sf org login access-token --instance-url <instanceUrl> --alias emu --no-prompt; then `juston-audit -o emu` audits the emulated org.';

/** doctor and rollback: their text, or one JSON document (doctor.schema.json, rollback.schema.json). */
const FORMAT_OPTION = { choices: ['terminal', 'json'] as const, default: 'terminal' as const, describe: 'output format' };

const EXIT_CODES =
  'Exit codes: 0 no failing rule at or above --fail-on; 1 failing rules; 2 usage, config or input error; 3 the audit could not complete or a rule is inconclusive (unless --allow-inconclusive).';

/**
 * Parses argv, runs one command, and turns its outcome or error into an exit code (src/cli/exit-code.ts): the
 * only place that does, but for the four invocations the bin answers before loading this (answer-without-parser.ts).
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let verbose = argv.includes('--verbose');
  try {
    let outcome: Outcome = 'ok';
    const width = outputWidth(io.stdout as { columns?: number });
    const parsed = await yargs(argv)
      .scriptName('juston-audit')
      // Explicit: yargs would look for a package.json from the working directory and print 'unknown' elsewhere.
      .version(TOOL.version)
      // yargs would translate its own words by LANG (a German "Optionen:" over English descriptions) and its
      // error messages, which explainUsageError reads; English like the rest, and --help can be prerendered.
      .locale('en')
      .usage(
        '$0 [options]\n\nAudits a Salesforce org for a correct installation and configuration of JustOn Billing & Invoice Management (namespace ONB2).',
      )
      .command(
        '$0',
        'audit one or more orgs',
        (y) => auditOptions(y),
        async (args) => {
          const [{ auditCommand }, { traced }] = await Promise.all([import('./commands/audit-command.js'), import('./with-trace.js')]);
          const audit = traced(args, io, auditCommand); // --trace FILE
          outcome = await audit(
            {
              ...args,
              ...inCwd(io, args, 'snapshot', 'saveSnapshot', 'orgs', 'sfdxProject', 'jwtKeyFile', 'baseline'),
              output: args.output?.map((spec) => {
                const prefix = reportFormats.find((format) => spec.startsWith(`${format}:`));
                return prefix ? `${prefix}:${resolve(io.cwd, spec.slice(prefix.length + 1))}` : resolve(io.cwd, spec);
              }),
              failOn: args.failOn,
              color: args.color ?? (Boolean(io.stdout.isTTY) && !io.env.NO_COLOR),
              fixType: args.fixType,
              ...secretsFromEnv(args, io),
            },
            io,
          );
        },
      )
      .command(
        'rollback <journal>',
        'undo what a --fix run applied, from its journal',
        (y) =>
          connectOptions(y.positional('journal', { type: 'string', demandOption: true }))
            .option('target-org', {
              alias: 'o',
              type: 'string',
              group: 'Org:',
              describe: 'Salesforce CLI alias or username (env SF_TARGET_ORG)',
            })
            .option('yes', { alias: 'y', type: 'boolean', describe: 'roll back without asking' })
            .option('format', FORMAT_OPTION),
        async (args) => {
          const [{ rollbackCommand }, { traced }] = await Promise.all([
            import('./commands/rollback-command.js'),
            import('./with-trace.js'),
          ]);
          const rollback = traced(args, io, rollbackCommand); // --trace FILE
          outcome = await rollback(
            { ...args, journal: resolve(io.cwd, args.journal), ...inCwd(io, args, 'jwtKeyFile'), ...secretsFromEnv(args, io) },
            io,
          );
        },
      )
      .command(
        'doctor',
        "check the running user's permissions and the API budget before an audit",
        (y) =>
          connectOptions(y)
            .option('target-org', {
              alias: 'o',
              type: 'string',
              group: 'Org:',
              describe: 'Salesforce CLI alias or username (env SF_TARGET_ORG)',
            })
            .option('format', FORMAT_OPTION),
        async (args) => {
          const [{ doctorCommand }, { traced }] = await Promise.all([import('./commands/doctor-command.js'), import('./with-trace.js')]);
          const doctor = traced(args, io, doctorCommand); // --trace FILE
          outcome = await doctor({ ...args, ...inCwd(io, args, 'jwtKeyFile'), ...secretsFromEnv(args, io) }, io);
        },
      )
      .command(
        'diff <old> <new>',
        'what changed between two snapshots or two JSON reports of one org',
        (y) =>
          y
            .positional('old', { type: 'string', demandOption: true, describe: 'the earlier snapshot or JSON report' })
            .positional('new', { type: 'string', demandOption: true, describe: 'the later one, of the same org' })
            .option('format', {
              choices: ['terminal', 'markdown', 'json'] as const,
              default: 'terminal' as const,
              describe: 'output format',
            })
            .option('output', { type: 'string', describe: 'write the diff to FILE instead of stdout' })
            .example([
              [
                '$0 diff old.json new.json',
                'two snapshots (--save-snapshot): users, licences, permission sets, assignments, settings, rules',
              ],
              ['$0 diff night-1.json night-2.json --format markdown', 'two JSON reports: rule status and package version, as Markdown'],
              ['$0 diff old.json new.json --format json --output changes.json', 'the changes as JSON, in a file'],
            ])
            .epilog(
              'Exit codes: 0 nothing changed; 1 something changed (like diff(1)); 2 usage or input error, or files of different orgs.',
            ),
        async (args) => {
          const { diffCommand } = await import('./commands/diff-command.js');
          outcome = await diffCommand(
            { old: resolve(io.cwd, args.old), new: resolve(io.cwd, args.new), format: args.format, ...inCwd(io, args, 'output') },
            io,
          );
        },
      )
      .command(
        'rules',
        'list every rule with its severity and whether --fix can repair it',
        () => {},
        async () => {
          const { rulesCommand } = await import('./commands/rule-commands.js');
          rulesCommand(io);
        },
      )
      .command(
        'explain <rule>',
        'why a rule matters, how it is checked, how to fix it',
        (y) => y.positional('rule', { type: 'string', demandOption: true }),
        async (args) => {
          const { explainCommand } = await import('./commands/rule-commands.js');
          explainCommand(args.rule, io, width);
        },
      )
      .command(
        'emulator',
        'serve a snapshot as a local Salesforce org on 127.0.0.1',
        (y) =>
          y
            .option('org', { type: 'string', demandOption: true, describe: 'snapshot file to serve' })
            .option('port', { type: 'number', default: 0, describe: 'port (0 = any free port)' })
            .option('latency-ms', { type: 'number', describe: 'the same delay before every response (default 0)' })
            .option('server-time', {
              type: 'boolean',
              describe: 'answer after a round trip plus server time instead (the emulator README)',
            })
            .option('round-trip-ms', { type: 'number', describe: 'server time: network round trip per request' })
            .option('per-subrequest-ms', { type: 'number', describe: 'server time per request or composite subrequest' })
            .option('per-thousand-rows-ms', { type: 'number', describe: 'server time per 1,000 rows a query examines and returns' })
            .option('client-id', {
              type: 'string',
              describe: `OAuth client id (consumer key) to accept; a JWT assertion's iss (default ${DEFAULT_EMULATOR_CLIENT_ID})`,
            })
            .option('jwt-cert', {
              type: 'string',
              describe: 'certificate (PEM X.509, as uploaded to the connected app) or RSA public key (PEM) that verifies JWT assertions',
            })
            .option('generate-jwt-key', {
              type: 'string',
              describe:
                'generate an RSA key pair: the private key goes to FILE (mode 0600, never overwritten; a new temp dir when FILE is left out), the JSON line names it as jwtKeyFile; removed when the emulator stops',
            })
            .conflicts('jwt-cert', 'generate-jwt-key')
            .example(EMULATOR_EXAMPLES)
            .epilog(EMULATOR_EPILOG),
        async (args) => {
          const { emulatorCommand } = await import('./commands/emulator-command.js');
          const { serverTime, roundTripMs, perSubrequestMs, perThousandRowsMs } = args;
          outcome = await emulatorCommand(
            {
              org: resolve(io.cwd, args.org),
              port: args.port,
              latencyMs: args.latencyMs,
              timing: { serverTime, roundTripMs, perSubrequestMs, perThousandRowsMs },
              clientId: args.clientId,
              jwtCert: args.jwtCert === undefined ? undefined : resolve(io.cwd, args.jwtCert),
              // An empty value (the flag alone) asks for a temp directory.
              generateJwtKey: args.generateJwtKey ? resolve(io.cwd, args.generateJwtKey) : args.generateJwtKey,
            },
            io,
          );
        },
      )
      .option('verbose', { type: 'boolean', describe: 'show the collector plan, API calls and error details' })
      .example(EXAMPLES)
      .epilog(EXIT_CODES)
      .strict()
      .recommendCommands()
      .wrap(width)
      .exitProcess(false)
      .fail((message, error) => {
        throw error ?? new UsageError(explainUsageError(message, argv, knownFlags()));
      })
      // yargs hands --help and --version output to this callback instead of console.log.
      .parseAsync(argv, {}, (_error, _argv, output) => {
        if (output) io.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
      });
    verbose = Boolean(parsed.verbose);
    return exitCodeFor(outcome);
  } catch (error) {
    return reportFailure(error, (text) => io.stderr.write(text), verbose);
  }
}

/** `--help` as runCli prints it at WIDTH columns; scripts/build.mjs prerenders it (prerendered-help.ts). */
export async function renderHelp(width: number): Promise<string> {
  let text = '';
  const write = (chunk: string) => (text += chunk);
  const stdout: CliIO['stdout'] & { columns: number } = { write, columns: width };
  const code = await runCli(['--help'], { stdout, stderr: { write }, env: {}, cwd: '.', confirm: null });
  if (code !== 0) throw new Error(`--help exited ${code}: ${text}`);
  return text;
}

/** File flags resolved against the CLI's working directory (the same as the process's, unless embedded). */
function inCwd<T extends object, K extends keyof T & string>(io: CliIO, args: T, ...keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (typeof args[key] === 'string') out[key] = resolve(io.cwd, args[key]) as T[K];
  return out;
}

/** Every flag of the audit command, kebab-case, for "did you mean". */
function knownFlags(): string[] {
  const options = (auditOptions(yargs([])) as unknown as { getOptions(): { key: Record<string, unknown> } }).getOptions();
  return Object.keys(options.key).filter((key) => key.length > 1 && !/[A-Z]/.test(key));
}

/** Connection secrets from the environment where no flag gave them; flags with secrets get a warning. */
function secretsFromEnv(
  args: { instanceUrl?: string; accessToken?: string; username?: string; password?: string; securityToken?: string },
  io: CliIO,
) {
  if (args.accessToken) io.stderr.write('warning: a token on the command line is visible to other processes; prefer SF_ACCESS_TOKEN\n');
  if (args.password) io.stderr.write('warning: a password on the command line is visible to other processes; prefer SF_PASSWORD\n');
  return {
    instanceUrl: args.instanceUrl ?? io.env.SF_INSTANCE_URL ?? io.env.SF_ORG_INSTANCE_URL,
    accessToken: args.accessToken ?? io.env.SF_ACCESS_TOKEN,
    password: args.password ?? (args.username ? io.env.SF_PASSWORD : undefined),
    securityToken: args.securityToken ?? io.env.SF_SECURITY_TOKEN,
  };
}
