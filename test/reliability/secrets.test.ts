import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run-cli.js';
import type { FaultRule, RunningEmulator } from '@juston-audit/salesforce-emulator';
import { serveOrg } from '../harness/emulated-org.js';
import type { Snapshot } from '@juston-audit/org-snapshot';
import { clean, misconfigured } from '../harness/snapshots.js';
import './support.js'; // clears proxy variables

/**
 * Secrets never leave: every CLI command and format runs against the emulator with its known access
 * token, refresh token and password (plus a wrong token shaped like a real session id), and every byte
 * of stdout, stderr and every file written under the run's directory is searched for them.
 *
 * To cover a new command or format, add ONE line to CASES below: the argv (built from the context),
 * optionally env, faults for the emulator, and the files the run must write (checked for mode 0600).
 */
interface Ctx {
  emu: RunningEmulator;
  dir: string;
  /** A port nothing listens on. */
  deadUrl: string;
  /** A wrong token, shaped like a real Salesforce session id: leaking it would leak a real one. */
  badToken: string;
}
interface SecretCase {
  name: string;
  argv: (c: Ctx) => string[];
  env?: (c: Ctx) => NodeJS.ProcessEnv;
  faults?: FaultRule[];
  /** The org served (default: the clean sample). */
  org?: () => Snapshot;
  /** Runs first, e.g. a --fix that leaves a journal for a rollback case. */
  before?: (c: Ctx) => Promise<unknown>;
  /** Files (relative to the run's directory, or a pattern) the run must write; each must be mode 0600. */
  writes?: Array<string | RegExp>;
  /** Expected exit code(s); absent: not checked (exit codes are the CLI's tests). */
  exit?: number | number[];
  /** The run never contacts the emulator (otherwise a request must reach it: the secret really was used). */
  offline?: boolean;
}

const JOURNAL = /^\.juston-audit\/journal-.*\.json$/;
const journalIn = (c: Ctx) => filesUnder(c.dir).find((f) => JOURNAL.test(relative(c.dir, f)))!;
const quietIO = (c: Ctx) =>
  ({ stdout: { write: () => true }, stderr: { write: () => true }, env: { HOME: c.dir }, cwd: c.dir, confirm: null }) as CliIO;
const fixFirst = async (c: Ctx) => runCli([...token(c), '--fix', '--yes'], quietIO(c));

const token = (c: Ctx) => ['--instance-url', c.emu.instanceUrl, '--access-token', c.emu.accessToken];
const login = (c: Ctx) => ['--username', c.emu.username, '--password', c.emu.password, '--login-url', c.emu.loginUrl];

export const CASES: SecretCase[] = [
  { name: 'audit with --access-token', argv: (c) => [...token(c)] },
  { name: 'audit --verbose', argv: (c) => [...token(c), '--verbose'] },
  {
    name: 'audit --save-snapshot',
    argv: (c) => [...token(c), '--save-snapshot', join(c.dir, 'out', 'snap.json')],
    writes: ['out/snap.json'],
  },
  {
    name: 'audit --verbose --save-snapshot, a read unreadable',
    argv: (c) => [...token(c), '--verbose', '--save-snapshot', join(c.dir, 'snap.json')],
    faults: [{ path: /FROM RemoteProxy/, fault: { kind: 'http-error', status: 503 } }],
    writes: ['snap.json'],
  },
  {
    name: 'audit with SF_INSTANCE_URL / SF_ACCESS_TOKEN',
    argv: () => ['--verbose'],
    env: (c) => ({ SF_INSTANCE_URL: c.emu.instanceUrl, SF_ACCESS_TOKEN: c.emu.accessToken }),
  },
  {
    name: 'audit with a password login',
    argv: (c) => [...login(c), '--verbose', '--save-snapshot', join(c.dir, 'login.json')],
    writes: ['login.json'],
  },
  {
    name: 'audit with SF_PASSWORD',
    argv: (c) => ['--username', c.emu.username, '--login-url', c.emu.loginUrl, '--verbose'],
    env: (c) => ({ SF_PASSWORD: c.emu.password }),
  },
  { name: 'JSON on stdout', argv: (c) => [...token(c), '--format', 'json'] },
  { name: 'SARIF on stdout', argv: (c) => [...token(c), '--format', 'sarif'] },
  { name: 'JUnit on stdout', argv: (c) => [...token(c), '--format', 'junit'] },
  { name: 'Markdown on stdout', argv: (c) => [...token(c), '--format', 'markdown'] },
  {
    name: 'every report format as files',
    argv: (c) => [
      ...token(c),
      '--verbose',
      ...['json', 'sarif', 'xml', 'md', 'txt'].flatMap((ext) => ['--output', join(c.dir, `report.${ext}`)]),
    ],
  },
  { name: 'doctor', argv: (c) => ['doctor', ...token(c), '--verbose'] },
  { name: '--fix --dry-run', org: misconfigured, argv: (c) => [...token(c), '--fix', '--dry-run', '--verbose'] },
  {
    name: '--fix --yes writes a journal',
    org: misconfigured,
    argv: (c) => [...token(c), '--fix', '--yes', '--verbose', '--output', join(c.dir, 'after.json')],
    writes: [JOURNAL],
  },
  {
    name: 'rollback from the journal',
    org: misconfigured,
    before: fixFirst,
    argv: (c) => ['rollback', journalIn(c), ...token(c), '--yes', '--verbose'],
    writes: [JOURNAL],
  },
  { name: '--demo --trace', argv: (c) => ['--demo', '--verbose', '--trace', join(c.dir, 'demo.har')], writes: ['demo.har'], offline: true },
  {
    name: '--fix --yes --trace',
    org: misconfigured,
    argv: (c) => [...token(c), '--fix', '--yes', '--fix-type', 'review', '--trace', join(c.dir, 'fix.har')],
    writes: ['fix.har', JOURNAL],
  },
  { name: 'a password login --trace', argv: (c) => [...login(c), '--trace', join(c.dir, 'login.har')], writes: ['login.har'] },
  {
    name: 'rollback --trace',
    org: misconfigured,
    before: fixFirst,
    argv: (c) => ['rollback', journalIn(c), ...token(c), '--yes', '--trace', join(c.dir, 'rollback.har')],
    writes: ['rollback.har'],
  },
  {
    name: 'a bad token --trace',
    argv: (c) => [...token(c).slice(0, 2), '--access-token', c.badToken, '--trace', 'bad.har'],
    writes: ['bad.har'],
    exit: 3,
  },
  { name: 'a bad token', argv: (c) => ['--instance-url', c.emu.instanceUrl, '--access-token', c.badToken, '--verbose'], exit: 3 },
  {
    name: 'a bad token from the environment',
    argv: () => [],
    env: (c) => ({ SF_INSTANCE_URL: c.emu.instanceUrl, SF_ACCESS_TOKEN: c.badToken }),
    exit: 3,
  },
  {
    name: 'a wrong password',
    argv: (c) => ['--username', c.emu.username, '--password', `${c.emu.password}x`, '--login-url', c.emu.loginUrl, '--verbose'],
    exit: 3,
  },
  {
    name: 'a dead port',
    argv: (c) => ['--instance-url', c.deadUrl, '--access-token', c.emu.accessToken, '--verbose'],
    exit: 3,
    offline: true,
  },
  {
    name: 'a session that expires mid-run',
    argv: (c) => [...token(c), '--verbose'],
    faults: [{ nth: 2, fault: { kind: 'session-expired' } }],
    exit: 3,
  },
  { name: 'the API limit hit', argv: (c) => [...token(c), '--verbose'], faults: [{ fault: { kind: 'limit-exceeded' } }], exit: 3 },
  { name: 'a usage error next to a token', argv: (c) => [...token(c), '--snapshot', 'x.json'], exit: 2, offline: true },
];

const roots: string[] = [];
let deadUrl = '';
beforeAll(async () => {
  const gone = await serveOrg(clean());
  deadUrl = gone.emulator.instanceUrl;
  await gone.emulator.close();
});
afterAll(() => roots.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const running: RunningEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Anything shaped like a Salesforce session id or OAuth token, unredacted. */
const SESSION_SHAPED = /00D[A-Za-z0-9]{12,15}![A-Za-z0-9._\-+/=]{8,}/;

describe('secrets never appear in output or written files', () => {
  it.each(CASES)('$name', async (testCase) => {
    const { emulator } = await serveOrg((testCase.org ?? clean)(), { faults: testCase.faults ?? [], password: 'Emu-Pass-7f3a9c' });
    running.push(emulator);
    const dir = mkdtempSync(join(tmpdir(), 'juston-secrets-'));
    roots.push(dir);
    const ctx: Ctx = {
      emu: emulator,
      dir,
      deadUrl,
      badToken: `${emulator.organizationId.slice(0, 15)}!AQ0AQwrongTokenThatLooksReal0123456789abcdef`,
    };
    let stdout = '';
    let stderr = '';
    const io = {
      stdout: {
        write: (text: string) => {
          stdout += text;
          return true;
        },
        isTTY: false,
      },
      stderr: {
        write: (text: string) => {
          stderr += text;
          return true;
        },
        isTTY: false,
      },
      env: { PATH: process.env.PATH, HOME: dir, ...testCase.env?.(ctx) },
      cwd: dir,
      confirm: null,
    } as CliIO;

    await testCase.before?.(ctx);
    const code = await runCli(testCase.argv(ctx), io);

    if (testCase.exit !== undefined) expect([testCase.exit].flat()).toContain(code);
    expect(emulator.stats.requests.length > 0, 'requests reached the org').toBe(!testCase.offline);
    if (!testCase.argv(ctx).includes('--verbose')) expect(stderr, 'a stack trace without --verbose').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    const written = filesUnder(dir);
    for (const file of testCase.writes ?? []) {
      const matches = written.filter((f) => (typeof file === 'string' ? f === join(dir, file) : file.test(relative(dir, f))));
      expect(matches.length, `${String(file)} written`).toBeGreaterThan(0);
      for (const f of matches) expect((statSync(f).mode & 0o777).toString(8), f).toBe('600');
    }
    const secrets = {
      accessToken: emulator.accessToken,
      refreshToken: emulator.refreshToken,
      password: emulator.password,
      badToken: ctx.badToken,
    };
    const outputs: Array<[string, string]> = [
      ['stdout', stdout],
      ['stderr', stderr],
      ...written.map((f): [string, string] => [relative(dir, f), readFileSync(f, 'utf8')]),
    ];
    expect(stdout.length + stderr.length).toBeGreaterThan(0);
    for (const [where, text] of outputs) {
      for (const [name, secret] of Object.entries(secrets)) expect(text.includes(secret), `${name} in ${where}`).toBe(false);
      expect(text, `session-id-shaped string in ${where}`).not.toMatch(SESSION_SHAPED);
    }
  });

  it('the checks can see a leak (the run did reach the org with the token)', async () => {
    const { emulator } = await serveOrg(clean(), {});
    running.push(emulator);
    const dir = mkdtempSync(join(tmpdir(), 'juston-secrets-'));
    roots.push(dir);
    let stdout = '';
    const io = {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => true },
      env: { HOME: dir },
      cwd: dir,
      confirm: null,
    } as CliIO;
    expect(await runCli(['--instance-url', emulator.instanceUrl, '--access-token', emulator.accessToken], io)).toBe(0);
    expect(emulator.stats.apiCalls).toBeGreaterThan(0);
    expect(stdout).toMatch(/Acme Billing/);
    expect(`leaked ${emulator.accessToken}`).toMatch(SESSION_SHAPED);
  });
});
