import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bin, env, requireBuiltBin, root, run } from './built-bin.js';
import { emulated, ROOMY_TIMEOUT, SAMPLE, STALL_TIMEOUT } from './helpers.js';

requireBuiltBin();

describe('an error nobody caught (the crash handlers of dist/cli.js)', () => {
  // A preloaded module throws once the CLI has loaded and printed that it serves the emulator (its first stdout write,
  // not a timer: a loaded machine may take seconds to start the CLI): nothing in the CLI can catch it.
  const throwLater = (what: string) =>
    `data:text/javascript,const write = process.stdout.write.bind(process.stdout); process.stdout.write = (...args) => { setImmediate(() => { ${what} }); return write(...args); }`;
  const crash = (what: string, args: string[] = []) =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ['--import', throwLater(what), bin, 'emulator', '--org', 'samples/clean-org.json', ...args],
        { cwd: root, env, timeout: 20_000 },
        (_error, _stdout, stderr) => resolve({ code: child.exitCode, stderr }),
      );
    });

  it('an uncaught exception exits 3 (not 1) with one line', async () => {
    const { code, stderr } = await crash('throw new TypeError("boom")');
    expect(code).toBe(3);
    expect(stderr).toBe('juston-audit: internal error: boom (run with --verbose for details)\n');
  });

  it('an unhandled rejection exits 3 too; --verbose adds the stack', async () => {
    const { code, stderr } = await crash('Promise.reject(new RangeError("bust"))', ['--verbose']);
    expect(code).toBe(3);
    expect(stderr).toMatch(/^juston-audit: internal error: bust\nRangeError: bust\n\s+at /);
  });
});

describe('a connection reset in the middle of an answer, against the real process', () => {
  it('once: the read is retried and the audit completes, exit 0', async () => {
    const org = await emulated(SAMPLE.clean, { faults: [{ path: '/composite', times: 1, fault: { kind: 'reset', at: 'body' } }] });
    const { code, stdout, stderr } = await run(
      ['--instance-url', org.emulator.instanceUrl, '--format', 'json', '--timeout', STALL_TIMEOUT],
      {
        SF_ACCESS_TOKEN: org.emulator.accessToken,
      },
    );
    expect([code, stderr]).toEqual([0, '']);
    expect((JSON.parse(stdout) as { summary: { counts: { inconclusive: number } } }).summary.counts.inconclusive).toBe(0);
  });

  it('ends with exit 3 and one line within --timeout (was: exit 13, "unsettled top-level await", no output)', async () => {
    const quiet = await emulated(SAMPLE.clean);
    const faultFreeStarted = Date.now();
    const faultFree = await run(['--instance-url', quiet.emulator.instanceUrl, '--format', 'json', '--timeout', ROOMY_TIMEOUT], {
      SF_ACCESS_TOKEN: quiet.emulator.accessToken,
    });
    expect(faultFree.code).toBe(0);
    // process start and wrapping up past the deadline take less than a whole fault-free run (slower on a loaded machine)
    const margin = Math.max(3_000, Date.now() - faultFreeStarted);
    const org = await emulated(SAMPLE.clean, { faults: [{ path: '/composite', fault: { kind: 'reset', at: 'body' } }] });
    const started = Date.now();
    const { code, stdout, stderr } = await run(['--instance-url', org.emulator.instanceUrl, '--format', 'json', '--timeout', '3'], {
      SF_ACCESS_TOKEN: org.emulator.accessToken,
    });
    expect(Date.now() - started).toBeLessThan(3_000 + margin);
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^juston-audit: could not finish reading http:\S+ within the 3 s deadline \(--timeout\); last failure: .* on POST \/composite\n$/,
    );
  });
});
