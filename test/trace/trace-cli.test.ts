import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatorFor, describeSchemaErrors } from '../../src/support/json-schema.js';
import type { Har } from '../../src/trace/har.js';
import { HAR_SCHEMA } from '../../src/trace/har-schema.js';
import { cli, emulated, liveArgs, liveEnv, SAMPLE, tempDir } from '../cli/helpers.js';

const readHar = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Har;
const paths = (har: Har) => har.log.entries.map((e) => `${e.request.method} ${new URL(e.request.url).pathname}`);

function expectValidHar(har: Har): void {
  const validate = validatorFor(HAR_SCHEMA);
  expect(validate(har), describeSchemaErrors(validate.errors).join('\n')).toBe(true);
}

describe('--trace FILE', () => {
  it('writes every HTTP exchange of a --demo audit as HAR 1.2, mode 0600', async () => {
    const dir = tempDir();
    const result = await cli(['--demo', '--format', 'json', '--trace', 'demo.har'], { cwd: dir });
    expect(result.code).toBe(1);
    const file = join(dir, 'demo.har');
    expect((statSync(file).mode & 0o777).toString(8)).toBe('600');
    const har = readHar(file);
    expectValidHar(har);
    expect(har.log.creator.name).toBe('juston-audit');
    expect(paths(har)).toContain('POST /services/data/v62.0/composite');
    const first = har.log.entries[0];
    expect(first.request.headers).toContainEqual({ name: 'Authorization', value: 'Bearer [REDACTED]' });
    expect(first.response.status).toBe(200);
    expect(JSON.parse(first.response.content.text)).toBeTypeOf('object');
    expect(first.request.postData?.mimeType).toBe('application/json');
    expect(result.stderr).toMatch(/Trace of \d+ HTTP exchange\(s\) written to .*demo\.har/);
    expect(JSON.parse(result.stdout)).toHaveProperty('results');
  });

  it('sees the Metadata SOAP calls, the fixer writes and the verification', async () => {
    const served = await emulated(SAMPLE.misconfigured);
    const dir = tempDir();
    const result = await cli([...liveArgs(served), '--fix', '--yes', '--fix-type', 'review', '--trace', 'fix.har'], {
      cwd: dir,
      env: liveEnv(served),
    });
    expect(result.code, result.stderr).toBeLessThan(2);
    const har = readHar(join(dir, 'fix.har'));
    expectValidHar(har);
    const methods = har.log.entries.map((e) => e.request.method);
    expect(paths(har).some((p) => p.startsWith('POST /services/Soap/m/'))).toBe(true);
    expect(methods.filter((m) => m !== 'GET').length).toBeGreaterThan(2);
    expect(har.log.entries.length).toBe(served.emulator.stats.requests.length);
  });

  it('is written when the run fails (exit 3), with the failed exchange in it', async () => {
    const served = await emulated(SAMPLE.clean);
    const dir = tempDir();
    const result = await cli([...liveArgs(served), '--trace', 'fail.har'], { cwd: dir, env: { SF_ACCESS_TOKEN: 'not-a-session' } });
    expect(result.code).toBe(3);
    const har = readHar(join(dir, 'fail.har'));
    expectValidHar(har);
    expect(har.log.entries.length).toBeGreaterThan(0);
    expect(har.log.entries[0].response.status).toBe(401);
  });

  it('records a password login with the password and the session id redacted', async () => {
    const served = await emulated(SAMPLE.clean, { password: 'Pass-Word-42' });
    const { emulator } = served;
    const dir = tempDir();
    const argv = ['--username', emulator.username, '--login-url', emulator.loginUrl, '--trace', 'login.har'];
    const result = await cli(argv, { cwd: dir, env: { SF_PASSWORD: emulator.password } });
    expect(result.code, result.stderr).toBeLessThan(2);
    const text = readFileSync(join(dir, 'login.har'), 'utf8');
    const login = readHar(join(dir, 'login.har')).log.entries[0];
    expect(login.request.url).toMatch(/\/services\/Soap\/u\//);
    expect(login.request.postData?.text).toMatch(/<password>\[REDACTED\]<\/password>/);
    expect(login.response.content.text).toMatch(/<sessionId>\[REDACTED\]<\/sessionId>/);
    expect(text).not.toContain('Pass-Word-42');
  });

  it('covers doctor, and a dead port gives an entry with the error', async () => {
    const served = await emulated(SAMPLE.clean);
    const dir = tempDir();
    const doctor = await cli(['doctor', ...liveArgs(served), '--trace', 'doctor.har'], { cwd: dir, env: liveEnv(served) });
    expect(doctor.code).toBeLessThan(2);
    expect(readHar(join(dir, 'doctor.har')).log.entries).toHaveLength(1);
    const url = served.emulator.instanceUrl;
    await served.emulator.close();
    const dead = await cli(['--instance-url', url, '--trace', 'dead.har', '--timeout', '2'], { cwd: dir, env: liveEnv(served) });
    expect(dead.code).toBe(3);
    const entries = readHar(join(dir, 'dead.har')).log.entries;
    expect(entries.length).toBeGreaterThan(0);
    expect(entries[0].response).toMatchObject({ status: 0, _error: expect.stringMatching(/ECONNRE(FUSED|SET)/) as unknown });
  });

  it('has one entry per attempt: a retried read and a re-login after the session expired', async () => {
    const served = await emulated(SAMPLE.clean, {
      faults: [
        { nth: 2, fault: { kind: 'http-error', status: 503 } },
        { nth: 4, fault: { kind: 'session-expired' } },
      ],
    });
    const { emulator } = served;
    const dir = tempDir();
    const argv = ['--username', emulator.username, '--login-url', emulator.loginUrl, '--trace', 'retry.har'];
    const result = await cli(argv, { cwd: dir, env: { SF_PASSWORD: emulator.password } });
    expect(result.code, result.stderr).toBeLessThan(2);
    const har = readHar(join(dir, 'retry.har'));
    const statuses = har.log.entries.map((e) => `${e.response.status} ${new URL(e.request.url).pathname.replace(/\/v?\d+\.0/, '')}`);
    expect(statuses.slice(0, 4)).toEqual([
      '200 /services/Soap/u',
      '503 /services/data/composite',
      '200 /services/data/composite',
      '401 /services/data/composite',
    ]);
    // Every request in flight when the session expired got its 401 (the Metadata SOAP call a 500 fault); then one login again.
    expect(statuses.filter((s) => s === '200 /services/Soap/u')).toHaveLength(2);
    expect(har.log.entries).toHaveLength(emulator.stats.requests.length);
  });

  it('a trace that cannot be written fails a good run (exit 2) and is a warning beside a failed one', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-file'), '');
    const good = await cli(['--demo', '--trace', 'a-file/demo.har'], { cwd: dir });
    expect(good.code).toBe(2);
    expect(good.stderr).toMatch(/^juston-audit: --trace .*a-file\/demo\.har: could not write the trace: /m);
    const served = await emulated(SAMPLE.clean);
    const failed = await cli([...liveArgs(served), '--trace', 'a-file/fail.har'], { cwd: dir, env: { SF_ACCESS_TOKEN: 'not-a-session' } });
    expect(failed.code).toBe(3);
    expect(failed.stderr).toMatch(/^juston-audit: warning: --trace .*could not write the trace: /m);
  });

  it('--help shows --trace with an example', async () => {
    const help = await cli(['--help']);
    expect(help.stdout).toMatch(/--trace/);
    expect(help.stdout).toMatch(/--trace prod\.har/);
  });
});
