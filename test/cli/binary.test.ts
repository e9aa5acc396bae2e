import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { bin, env, pkg, requireBuiltBin, root, run } from './built-bin.js';

requireBuiltBin();

describe('the built binary (node dist/cli.js)', () => {
  it('--help shows examples and the exit codes, exit 0', async () => {
    const { code, stdout, stderr } = await run(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^juston-audit \[options\]/);
    expect(stdout).toContain('Examples:');
    expect(stdout).toContain('juston-audit --demo');
    expect(stdout).toMatch(/juston-audit -o prod -o uat -o dev\s+audit three orgs/);
    expect(stdout.replace(/\s+/g, ' ')).toMatch(
      /Exit codes: 0 no failing rule at or above --fail-on; 1 failing rules; 2 usage, config or input error; 3 the audit could not complete or a rule is inconclusive/,
    );
    for (const command of ['rollback <journal>', 'rules', 'explain <rule>', 'emulator'])
      expect(stdout).toContain(`juston-audit ${command}`);
  });

  it('--version prints the package version', async () => {
    const { code, stdout } = await run(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(pkg.version);
  });

  it('an unknown flag exits 2 with one line on stderr and nothing on stdout', async () => {
    const { code, stdout, stderr } = await run(['--snapshot', 'samples/clean-org.json', '--bogus-flag']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    // One name, not yargs' camelCase twin as well ("bogus-flag, bogusFlag").
    expect(stderr).toBe('juston-audit: unknown argument: --bogus-flag; see --help\n');
  });

  it('sets the process exit code from the audit: a saved misconfigured snapshot is exit 1, JSON alone on stdout', async () => {
    const { code, stdout, stderr } = await run(['--snapshot', 'samples/misconfigured-org.json', '--format', 'json']);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout).summary.counts).toMatchObject({ pass: 3, fail: 17, manual: 1, 'not-applicable': 1 });
  });

  it('`emulator --org` serves a sample org that a second process audits over HTTP; SIGTERM stops it with exit 0', async () => {
    const server = spawn(process.execPath, [bin, 'emulator', '--org', 'samples/clean-org.json'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    try {
      const firstLine = await new Promise<string>((resolve, reject) => {
        createInterface({ input: server.stdout! }).once('line', resolve);
        server.once('exit', () => reject(new Error('the emulator exited before printing its URL')));
      });
      const { instanceUrl, accessToken } = JSON.parse(firstLine) as { instanceUrl: string; accessToken: string };
      expect(instanceUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const audit = await run(['--instance-url', instanceUrl, '--format', 'json'], { SF_ACCESS_TOKEN: accessToken });
      expect(audit.code, audit.stderr).toBe(0);
      expect(JSON.parse(audit.stdout).org.name).toBe('Acme Billing GmbH');
    } finally {
      server.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
