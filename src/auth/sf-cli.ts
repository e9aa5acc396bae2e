import { execFile } from 'node:child_process';
import { AuthError } from '../errors.js';

export interface SfCliLogin {
  instanceUrl: string;
  accessToken: string;
  username?: string;
  apiVersion?: string;
}

interface SfJson {
  status: number;
  result?: Record<string, unknown>;
  name?: string;
  message?: string;
}

/** The Salesforce CLI is not installed (or not on PATH). */
export class SfCliMissingError extends AuthError {}

/** Runs `sf … --json`; the parsed JSON also when sf exits non-zero, as it does for a failing command. */
function runSf(args: string[], env: NodeJS.ProcessEnv): Promise<SfJson> {
  return new Promise((resolve, reject) => {
    execFile('sf', [...args, '--json'], { env, timeout: 60_000, maxBuffer: 4 * 1024 * 1024 }, (error, stdout) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        return reject(
          new SfCliMissingError(
            'the Salesforce CLI (sf) was not found on PATH: install it (npm install -g @salesforce/cli) or use --instance-url with SF_ACCESS_TOKEN',
          ),
        );
      }
      try {
        resolve(JSON.parse(stdout) as SfJson);
      } catch {
        reject(
          new AuthError(
            `sf ${args.slice(0, 3).join(' ')} did not print JSON${error ? ` (exit ${String((error as { code?: unknown }).code)})` : ''}`,
          ),
        );
      }
    });
  });
}

function failure(target: string, reply: SfJson): AuthError {
  const name = reply.name ?? '';
  if (
    /NamedOrgNotFound|NoOrgFound|NoAuthInfoFound|NoUsername/i.test(name) ||
    /No (authorization|org) (information )?found/i.test(reply.message ?? '')
  ) {
    return new AuthError(`sf knows no org '${target}': run 'sf org login web --alias ${target}' first (or check 'sf org list')`);
  }
  if (/expired|invalid_grant|RefreshTokenAuthError/i.test(`${name} ${reply.message ?? ''}`)) {
    return new AuthError(`the sf login for '${target}' has expired: run 'sf org login web --alias ${target}' again`);
  }
  return new AuthError(`sf could not give a login for '${target}': ${reply.message ?? name}`);
}

const REDACTED = /\[REDACTED\]/;

/**
 * Reuses the Salesforce CLI's stored login. Since May 2026 `sf org display` redacts the token, so the
 * token comes from `sf org auth show-access-token`; older CLIs without that command fall back to display.
 */
export async function loginFromSfCli(target: string | undefined, env: NodeJS.ProcessEnv): Promise<SfCliLogin> {
  const targetArgs = target ? ['--target-org', target] : [];
  const label = target ?? 'the default org';
  const display = await runSf(['org', 'display', ...targetArgs], env);
  if (display.status !== 0 || !display.result) throw failure(label, display);
  const instanceUrl = String(display.result.instanceUrl ?? '');
  let accessToken = typeof display.result.accessToken === 'string' ? display.result.accessToken : '';
  if (!accessToken || REDACTED.test(accessToken)) {
    const shown = await runSf(['org', 'auth', 'show-access-token', ...targetArgs, '--no-prompt'], env);
    if (shown.status !== 0 || typeof shown.result?.accessToken !== 'string') throw failure(label, shown);
    accessToken = shown.result.accessToken;
  }
  if (!instanceUrl) throw new AuthError(`sf org display gave no instance URL for ${label}`);
  return {
    instanceUrl,
    accessToken,
    username: typeof display.result.username === 'string' ? display.result.username : undefined,
    apiVersion: typeof display.result.apiVersion === 'string' ? display.result.apiVersion : undefined,
  };
}
