import { SF_JUSTON_COMMANDS } from './command-names.js';
import type { AuditArgs } from './juston-audit.js';
import type { OrgLogin } from './org-login.js';

/** `sf juston audit`'s flags as oclif parses them (kebab-case, as declared in commands/audit.ts). */
export interface AuditFlags {
  format?: string;
  output?: string[];
  'fail-on': 'error' | 'warning' | 'note';
  config?: string;
  baseline?: string;
  'allow-inconclusive'?: boolean;
  'save-snapshot'?: string;
  'min-api-remaining'?: number;
  'max-api-calls'?: number;
  timeout?: number;
  fix?: boolean;
  'dry-run'?: boolean;
  yes?: boolean;
  rule?: string[];
  'fix-type': 'safe' | 'review';
  'sfdx-project'?: string;
  verbose?: boolean;
}

/**
 * The juston-audit CLI's audit arguments for one sf run: the org is the sf login (an access token, never
 * --target-org: juston-audit would shell out to sf for it). With --json the JSON report goes to stdout, where
 * the command captures it as the envelope's result, and nothing is coloured.
 */
export function auditArgsFromFlags(flags: AuditFlags, login: OrgLogin, how: { json: boolean; color: boolean }): AuditArgs {
  return {
    instanceUrl: login.instanceUrl,
    accessToken: login.accessToken,
    apiVersion: login.apiVersion,
    timeout: flags.timeout,
    minApiRemaining: flags['min-api-remaining'],
    maxApiCalls: flags['max-api-calls'],
    config: flags.config,
    saveSnapshot: flags['save-snapshot'],
    verbose: flags.verbose,
    format: how.json ? 'json' : flags.format,
    output: flags.output,
    failOn: flags['fail-on'],
    allowInconclusive: flags['allow-inconclusive'],
    color: how.color && !how.json,
    sfdxProject: flags['sfdx-project'],
    fix: flags.fix,
    dryRun: flags['dry-run'],
    yes: flags.yes,
    rule: flags.rule,
    fixType: flags['fix-type'],
    commands: { ...SF_JUSTON_COMMANDS, rollback: `${SF_JUSTON_COMMANDS.rollback} --target-org ${login.username}` },
    baseline: flags.baseline,
  };
}
