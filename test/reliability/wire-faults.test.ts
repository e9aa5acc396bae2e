import { describe, expect, it } from 'vitest';
import { auditJson, cli, emulated, liveArgs, liveEnv, ROOMY_TIMEOUT, SAMPLE, STALL_TIMEOUT, statuses } from '../cli/helpers.js';
import { rejection, served, USERS_QUERY } from './support.js';

describe('a connection reset after the headers or in the middle of the body', () => {
  it.each(['headers', 'body'] as const)('settles the read (at %s) and retries it: the second attempt answers', async (at) => {
    const { fastClient, emulator } = await served({ faults: [{ path: '/query', times: 1, fault: { kind: 'reset', at } }] });
    const client = fastClient({ requestTimeoutMs: 300 });
    const page = await client.get<{ records: unknown[] }>(USERS_QUERY);
    expect(page.records.length).toBeGreaterThan(0);
    expect(client.retries).toBe(1);
    expect(emulator.faults.fired.map((f) => f.kind)).toEqual(['reset']);
  });

  it('gives up within the deadline with a reason that names the endpoint', async () => {
    const { fastClient } = await served({ faults: [{ path: '/query', fault: { kind: 'reset', at: 'body' } }] });
    const started = Date.now();
    const error = await rejection(fastClient({ requestTimeoutMs: 200, timeoutMs: 2_000 }).get(USERS_QUERY));
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(error.message).toMatch(/^TIMEOUT: no answer within \d+ ms on GET \/query \(gave up after 4 attempts\)$/);
  });

  it('the CLI finishes the audit after a mid-body reset on its first composite read (was: exit 13, no output)', async () => {
    const org = await emulated(SAMPLE.clean, { faults: [{ path: '/composite', times: 1, fault: { kind: 'reset', at: 'body' } }] });
    const { code, report, stderr } = await auditJson(org, ['--timeout', STALL_TIMEOUT]);
    expect(org.emulator.faults.fired).toHaveLength(1);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(Object.values(statuses(report))).not.toContain('inconclusive');
  });
});

describe('an HTML maintenance page with HTTP 200 on the Metadata API', () => {
  const rule = { operation: 'readMetadata', fault: { kind: 'html-page' as const } };

  it('is a transient malformed answer: retried, and the data read on the retry is used', async () => {
    const org = await emulated(SAMPLE.clean, { faults: [{ ...rule, times: 1 }] });
    const { code, report } = await auditJson(org, ['--timeout', ROOMY_TIMEOUT]);
    expect(org.emulator.faults.fired.map((f) => f.kind)).toEqual(['html-page']);
    expect(code).toBe(0);
    expect(statuses(report)['session/browser-caching-disabled']).toBe('pass');
  });

  it('when it persists, the rule is inconclusive and the reason names the endpoint and what came back', async () => {
    const org = await emulated(SAMPLE.clean, { faults: [rule] });
    const { code, report } = await auditJson(org, ['--timeout', ROOMY_TIMEOUT]);
    expect(code).toBe(3);
    const result = (report.results as Array<{ ruleId: string; status: string; reason?: string }>).find(
      (r) => r.ruleId === 'session/browser-caching-disabled',
    )!;
    expect(result.status).toBe('inconclusive');
    expect(result.reason).toMatch(
      /metadata\.MobileSettings\.Mobile could not be read \(MALFORMED_RESPONSE: .*\(HTTP 200 text\/html: <title>Maintenance<\/title>…\) on Metadata API readMetadata \(gave up after \d attempts\)\)/,
    );
  });
});

describe('a fault that persists ends the run within --timeout with one line naming the endpoint and what came back', () => {
  it('every composite reset mid-body: exit 3, no report, one line (was: exit 13, nothing at all)', async () => {
    const quiet = await emulated(SAMPLE.clean);
    const faultFreeStarted = Date.now();
    expect((await auditJson(quiet, ['--timeout', ROOMY_TIMEOUT])).code).toBe(0);
    // past the deadline, wrapping up takes less than a whole fault-free run (slower on a loaded machine)
    const margin = Math.max(1_000, Date.now() - faultFreeStarted);
    const org = await emulated(SAMPLE.clean, { faults: [{ path: '/composite', fault: { kind: 'reset', at: 'body' } }] });
    const started = Date.now();
    const { code, stdout, stderr } = await cli([...liveArgs(org), '--format', 'json', '--timeout', '3'], { env: liveEnv(org) });
    expect(Date.now() - started).toBeLessThan(3_000 + margin);
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^juston-audit: could not finish reading http:\S+ within the 3 s deadline \(--timeout\); last failure: TIMEOUT: no answer within \d+ ms on POST \/composite\n$/,
    );
  });

  it('the collector composites answer a maintenance page: exit 3, the report, and one line', async () => {
    const org = await emulated(SAMPLE.clean, {
      faults: [{ path: '/composite', writes: false, nth: 2, times: 99, fault: { kind: 'html-page' } }],
    });
    const { code, stderr, report } = await auditJson(org, ['--timeout', ROOMY_TIMEOUT]);
    expect(code).toBe(3);
    expect(Object.values(statuses(report))).toContain('inconclusive');
    expect(stderr).toMatch(
      /^juston-audit: could not read \S+ \(and \d+ more\): MALFORMED_RESPONSE: .*\(HTTP 200 text\/html: <title>Maintenance<\/title>…\) on POST \/composite \(gave up after 4 attempts\); the rules that need it are inconclusive\n$/,
    );
  });
});
