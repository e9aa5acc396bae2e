import type { Argv } from 'yargs';
import { DEFAULT_API_VERSION } from '../auth/connect.js';
import { reportFormats } from '../report/index.js';

/** How to reach one org: shared by the audit and rollback commands. */
export function connectOptions<T>(y: Argv<T>) {
  return y
    .option('instance-url', {
      type: 'string',
      group: 'Org:',
      describe: 'org URL, e.g. https://acme.my.salesforce.com (env SF_INSTANCE_URL)',
    })
    .option('access-token', {
      type: 'string',
      group: 'Org:',
      describe: 'access token (prefer env SF_ACCESS_TOKEN: flags are visible to other processes)',
    })
    .option('username', { type: 'string', group: 'Org:', describe: 'username for a password or JWT login' })
    .option('password', { type: 'string', group: 'Org:', describe: 'password for a SOAP login (prefer env SF_PASSWORD)' })
    .option('security-token', {
      type: 'string',
      group: 'Org:',
      describe: 'security token appended to the password (env SF_SECURITY_TOKEN)',
    })
    .option('login-url', {
      type: 'string',
      group: 'Org:',
      describe: 'https://login.salesforce.com (default), https://test.salesforce.com or a My Domain URL',
    })
    .option('client-id', { type: 'string', group: 'Org:', describe: 'connected app consumer key, for the JWT bearer flow' })
    .option('jwt-key-file', { type: 'string', group: 'Org:', describe: 'private key (PEM), for the JWT bearer flow' })
    .option('api-version', { type: 'string', default: DEFAULT_API_VERSION, group: 'Org:', describe: 'Salesforce API version' })
    .option('timeout', {
      type: 'number',
      default: 120,
      group: 'Org:',
      describe: 'give up reading the org after SECONDS (failed reads are retried within it)',
    })
    .option('trace', {
      type: 'string',
      group: 'Troubleshooting:',
      describe:
        'record every HTTP exchange with the org to FILE as HAR 1.2, secrets redacted (mode 0600), also when the run fails; several orgs share one file',
    });
}

/** The audit command's flags, grouped as `--help` shows them. */
export function auditOptions<T>(y: Argv<T>) {
  return connectOptions(y)
    .option('target-org', {
      alias: ['o', 'u', 'targetusername'],
      type: 'string',
      array: true,
      group: 'Org:',
      describe: "Salesforce CLI alias or username; repeat to audit several orgs (env SF_TARGET_ORG; default: sf's default org)",
    })
    .option('orgs', { type: 'string', group: 'Org:', describe: 'file listing org aliases to audit (one per line, or a JSON array)' })
    .option('snapshot', { type: 'string', group: 'Org:', describe: 'audit a saved snapshot instead of a live org (no network)' })
    .option('demo', { type: 'boolean', group: 'Org:', describe: 'audit the bundled demo org on a local emulator' })
    .option('config', { type: 'string', group: 'Audit:', describe: 'config file (default: juston-audit.config.json from here upward)' })
    .option('min-api-remaining', {
      type: 'number',
      default: 5,
      group: 'Audit:',
      describe: "refuse to start when less than this % of the org's daily API allowance is left",
    })
    .option('max-api-calls', { type: 'number', group: 'Audit:', describe: 'refuse a run that needs more API calls than this' })
    .option('save-snapshot', { type: 'string', group: 'Audit:', describe: 'write what was collected to FILE (mode 0600)' })
    .option('format', { type: 'string', choices: reportFormats, group: 'Report:', describe: 'report on stdout (default terminal)' })
    .option('output', {
      type: 'string',
      array: true,
      group: 'Report:',
      describe: 'also write a report to [FORMAT:]FILE; format from the extension .json .sarif .xml .md .html .txt (repeatable)',
    })
    .option('fail-on', {
      type: 'string',
      choices: ['error', 'warning', 'note'] as const,
      default: 'error' as const,
      group: 'Report:',
      describe: 'lowest severity of a failing rule that makes the exit code 1',
    })
    .option('baseline', {
      type: 'string',
      group: 'Report:',
      describe:
        'compare with an earlier JSON report of the same org(s): findings are new or unchanged, gone ones are listed as fixed, and only new findings make the exit code 1',
    })
    .option('allow-inconclusive', { type: 'boolean', group: 'Report:', describe: 'inconclusive rules do not make the exit code 3' })
    .option('color', {
      type: 'boolean',
      group: 'Report:',
      describe: 'colour the terminal report (default: when stdout is a terminal and NO_COLOR is unset; --no-color turns it off)',
    })
    .option('fix', { type: 'boolean', group: 'Fix:', describe: 'plan the repairs, ask, apply them with a journal, and verify' })
    .option('dry-run', { type: 'boolean', group: 'Fix:', describe: 'with --fix: print the plan and change nothing' })
    .option('yes', { alias: 'y', type: 'boolean', group: 'Fix:', describe: 'apply without asking (CI)' })
    .option('rule', { type: 'string', array: true, group: 'Fix:', describe: 'repair only these rules (repeatable)' })
    .option('fix-type', {
      type: 'string',
      choices: ['safe', 'review'] as const,
      default: 'safe' as const,
      group: 'Fix:',
      describe: "'review' also applies reviewed fixes (authorizing users on the connected app)",
    })
    .option('sfdx-project', {
      type: 'string',
      group: 'Report:',
      describe: 'Salesforce DX project root: SARIF findings point at its metadata files',
    });
}
