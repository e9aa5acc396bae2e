import yargs from 'yargs';
import { AuditError, UsageError } from '../errors.js';
import { DEFAULT_API_VERSION } from '../auth/connect.js';
import { auditCommand } from './commands/audit-command.js';
import type { CliIO } from './io.js';
import { redactSecrets } from './redact.js';

const EXAMPLES: Array<[string, string]> = [
  ['$0 --demo', 'audit the built-in demo org (a local emulator)'],
  ['$0 -o my-prod', "audit an org you logged into with the Salesforce CLI (sf org login web --alias my-prod)"],
  ['$0 --client-id KEY --jwt-key-file server.key --username ci@acme.com', 'log in with the JWT bearer flow (CI)'],
  ['SF_INSTANCE_URL=https://acme.my.salesforce.com SF_ACCESS_TOKEN=… $0', 'audit an org with an access token from the environment'],
  ['$0 --instance-url URL --access-token TOKEN --save-snapshot org.json', 'audit and keep what was collected'],
  ['$0 --snapshot org.json', 'audit a saved snapshot, offline'],
  ['$0 emulator --org samples/clean-org.json --port 8080', 'serve a snapshot as a local org'],
];

/** Parses argv, runs one command, and turns every outcome into an exit code. The only place that does. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let verbose = argv.includes('--verbose');
  try {
    let exitCode = 0;
    const parser = yargs(argv)
      .scriptName('juston-audit')
      .usage('$0 [options]\n\nAudits a Salesforce org for a correct installation and configuration of JustOn Billing & Invoice Management (namespace ONB2).')
      .command(
        '$0',
        'audit an org',
        (y) => y
          .option('target-org', { alias: ['o', 'u', 'targetusername'], type: 'string', describe: "Salesforce CLI alias or username: reuse sf's stored login (env SF_TARGET_ORG; default: sf's default org)" })
          .option('instance-url', { type: 'string', describe: 'org URL, e.g. https://acme.my.salesforce.com (env SF_INSTANCE_URL)' })
          .option('access-token', { type: 'string', describe: 'session id / access token (prefer env SF_ACCESS_TOKEN: flags are visible to other processes)' })
          .option('username', { type: 'string', describe: 'username for a password or JWT login' })
          .option('password', { type: 'string', describe: 'password for a SOAP login (prefer env SF_PASSWORD)' })
          .option('security-token', { type: 'string', describe: 'security token appended to the password (env SF_SECURITY_TOKEN)' })
          .option('login-url', { type: 'string', describe: 'https://login.salesforce.com, https://test.salesforce.com or a My Domain URL' })
          .option('client-id', { type: 'string', describe: 'connected app consumer key for the JWT bearer flow' })
          .option('jwt-key-file', { type: 'string', describe: 'private key (PEM) for the JWT bearer flow' })
          .option('api-version', { type: 'string', default: DEFAULT_API_VERSION, describe: 'Salesforce API version' })
          .option('snapshot', { type: 'string', describe: 'audit a saved snapshot file instead of a live org (no network)' })
          .option('save-snapshot', { type: 'string', describe: 'write what was collected to FILE (mode 0600)' })
          .option('demo', { type: 'boolean', describe: 'audit the bundled demo org on a local emulator' }),
        async (args) => {
          if (args.accessToken) io.stderr.write('warning: a token on the command line is visible to other processes; prefer SF_ACCESS_TOKEN\n');
          if (args.password) io.stderr.write('warning: a password on the command line is visible to other processes; prefer SF_PASSWORD\n');
          exitCode = await auditCommand({
            ...args,
            instanceUrl: args.instanceUrl ?? io.env.SF_INSTANCE_URL ?? io.env.SF_ORG_INSTANCE_URL,
            accessToken: args.accessToken ?? io.env.SF_ACCESS_TOKEN,
            password: args.password ?? (args.username ? io.env.SF_PASSWORD : undefined),
            securityToken: args.securityToken ?? io.env.SF_SECURITY_TOKEN,
          }, io);
        },
      )
      .command(
        'emulator',
        'serve a snapshot as a local Salesforce org on 127.0.0.1',
        (y) => y
          .option('org', { type: 'string', demandOption: true, describe: 'snapshot file to serve' })
          .option('port', { type: 'number', default: 0, describe: 'port (0 = any free port)' })
          .option('latency-ms', { type: 'number', default: 0, describe: 'delay added to every response' }),
        async (args) => {
          const { emulatorCommand } = await import('./commands/emulator-command.js');
          exitCode = await emulatorCommand({ org: args.org, port: args.port, latencyMs: args.latencyMs }, io);
        },
      )
      .option('verbose', { type: 'boolean', describe: 'show the collector plan, API calls and error details' })
      .example(EXAMPLES)
      .epilog('Exit codes: 0 no failing rule, 1 failing rules, 2 usage or input error, 3 the audit could not complete.')
      .strict()
      .recommendCommands()
      .wrap(Math.min(100, (io.stdout as { columns?: number }).columns ?? 80))
      .exitProcess(false)
      .fail((message, error) => {
        throw error ?? new UsageError(message);
      });
    const parsed = await parser.parseAsync();
    verbose = Boolean(parsed.verbose);
    if (parsed.help || parsed.version) return 0;
    return exitCode;
  } catch (error) {
    return reportFailure(error, io, verbose);
  }
}

function reportFailure(error: unknown, io: CliIO, verbose: boolean): number {
  const known = error instanceof AuditError;
  const message = known ? error.message : `internal error: ${(error as Error)?.message ?? String(error)}`;
  io.stderr.write(`juston-audit: ${redactSecrets(message)}\n`);
  if (verbose && error instanceof Error && error.stack) io.stderr.write(`${redactSecrets(error.stack)}\n`);
  else if (!known) io.stderr.write('(run with --verbose for details)\n');
  return known ? error.exitCode : 3;
}
