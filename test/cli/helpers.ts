import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run-cli.js';
import type { Status } from '../../src/engine/types.js';
import { compileOnce, describeSchemaErrors } from '../../src/support/json-schema.js';
import type { Snapshot } from '@juston-audit/org-snapshot';
import { cleanUpAfterFile } from '../harness/cleanup.js';
import { serveOrg, type EmulatorOptions } from '../harness/emulated-org.js';

/** Absolute paths of the bundled sample orgs (relative CLI paths would depend on which cwd resolves them). */
export const SAMPLE = {
  clean: fileURLToPath(new URL('../../samples/clean-org.json', import.meta.url)),
  misconfigured: fileURLToPath(new URL('../../samples/misconfigured-org.json', import.meta.url)),
};

/** What one in-process CLI run printed and returned. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** io.cwd; a fresh temp directory when absent (so no juston-audit.config.json is found by accident). */
  cwd?: string;
  /** Added to a minimal environment (PATH and HOME only: no SF_* leaks in from the machine running the tests). */
  env?: NodeJS.ProcessEnv;
  /** io.confirm; null = no terminal. */
  confirm?: CliIO['confirm'];
  /** Whether stdout claims to be a terminal (default false: piped). */
  tty?: boolean;
}

/**
 * --timeout of runs whose point is the exit code and what they print, not the clock: generous, so a loaded machine
 * cannot end them at the deadline. Runs whose point is the deadline keep a short one.
 */
export const ROOMY_TIMEOUT = '30';

/**
 * --timeout of runs that must recover from a stalled answer: a read's attempt gets a third of it (so the stall is
 * cut after 2 s and retried), which leaves 4 s for the rest of the run on a loaded machine.
 */
export const STALL_TIMEOUT = '6';

/** A temp directory removed after the test file. */
export function tempDir(prefix = 'juston-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanUpAfterFile(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs the CLI in-process with captured stdout/stderr (neither is a TTY, so no colour and no progress lines). */
export async function cli(argv: string[], options: RunOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: {
      write: (text: string) => {
        stdout += text;
        return true;
      },
      isTTY: options.tty ?? false,
    },
    stderr: {
      write: (text: string) => {
        stderr += text;
        return true;
      },
      isTTY: false,
    },
    env: { PATH: process.env.PATH, HOME: tmpdir(), ...options.env },
    cwd: options.cwd ?? tempDir(),
    confirm: options.confirm ?? null,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

export type Served = Awaited<ReturnType<typeof serveOrg>>;

/** Starts an emulated org, closed after the test file (closing it earlier is fine). */
export async function emulated(org: Snapshot | string, options: EmulatorOptions = {}): Promise<Served> {
  const served = await serveOrg(org, options);
  cleanUpAfterFile(() => served.emulator.close().catch(() => {}));
  return served;
}

/** The connection flags for an emulated org; the token goes through the environment, as the README advises. */
export const liveArgs = (served: Served) => ['--instance-url', served.emulator.instanceUrl];
export const liveEnv = (served: Served): NodeJS.ProcessEnv => ({ SF_ACCESS_TOKEN: served.emulator.accessToken });

/** Audits an emulated org with `--format json` and returns the parsed report with the exit code. */
export async function auditJson(served: Served, extra: string[] = [], options: RunOptions = {}) {
  const result = await cli([...liveArgs(served), '--format', 'json', ...extra], {
    ...options,
    env: { ...liveEnv(served), ...options.env },
  });
  return { ...result, report: parseReport(result) };
}

export type JsonReport = any;

/** stdout must be exactly one JSON document. */
export function parseReport(result: CliResult): JsonReport {
  try {
    return JSON.parse(result.stdout);
  } catch (error) {
    throw new Error(
      `stdout is not JSON alone (${(error as Error).message}); exit ${result.code}; stderr: ${result.stderr}\nstdout: ${result.stdout.slice(0, 500)}`,
      { cause: error },
    );
  }
}

/** ruleId → status of a single-org JSON report. */
export const statuses = (report: JsonReport): Record<string, Status> =>
  Object.fromEntries((report.results as Array<{ ruleId: string; status: Status }>).map((r) => [r.ruleId, r.status]));

/** "ruleId resourceKey" of every open (unsuppressed) finding of failing or manual rules, sorted. */
export const openFindings = (report: JsonReport): string[] =>
  (report.results as Array<{ ruleId: string; status: Status; findings: Array<{ resource: { key: string }; suppressed: boolean }> }>)
    .filter((r) => r.status === 'fail' || r.status === 'manual')
    .flatMap((r) => r.findings.filter((f) => !f.suppressed).map((f) => `${r.ruleId} ${f.resource.key}`))
    .sort();

const validateReport = compileOnce('report.schema.json');

/** Problems of a JSON report against report.schema.json; empty when it validates. */
export function reportSchemaProblems(report: unknown): string[] {
  const validate = validateReport();
  return validate(report) ? [] : describeSchemaErrors(validate.errors);
}

/** A loopback port nothing listens on (bound, then released). */
export async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A stand-in `sf` on PATH (as test/auth/connect-org.test.ts writes it): `org display --target-org ALIAS --json`
 * answers in the May 2026 redacted form, `org auth show-access-token` gives the token; aliases not in
 * `orgs` get the real CLI's NamedOrgNotFoundError.
 */
export function fakeSf(orgs: Record<string, Served>): NodeJS.ProcessEnv {
  const bin = tempDir('sf-');
  const logins = Object.fromEntries(
    Object.entries(orgs).map(([alias, s]) => [
      alias,
      { instanceUrl: s.emulator.instanceUrl, accessToken: s.emulator.accessToken, username: s.emulator.username },
    ]),
  );
  writeFileSync(
    join(bin, 'sf'),
    `#!/usr/bin/env node
const args = process.argv.slice(2);
const logins = ${JSON.stringify(logins)};
const at = args.indexOf('--target-org');
const alias = at >= 0 ? args[at + 1] : undefined;
const login = alias === undefined ? undefined : logins[alias];
const say = (reply, code = 0) => { console.log(JSON.stringify(reply)); process.exit(code); };
if (!login) say({ status: 1, name: 'NamedOrgNotFoundError', message: 'No authorization information found for ' + alias + '.', exitCode: 1 }, 1);
const command = args.slice(0, 3).join(' ');
if (command.startsWith('org display')) say({ status: 0, result: { id: '00D', instanceUrl: login.instanceUrl, username: login.username, apiVersion: '62.0', accessToken: "[REDACTED] Use 'sf org auth show-access-token' to view" }, warnings: [] });
if (command.startsWith('org auth show-access-token')) say({ status: 0, result: { accessToken: login.accessToken }, warnings: [] });
say({ status: 1, name: 'UnexpectedError', message: args.join(' '), exitCode: 1 }, 1);
`,
  );
  chmodSync(join(bin, 'sf'), 0o755);
  return { PATH: `${bin}:${process.env.PATH}` };
}
