import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import type { Har } from '../../src/trace/har.js';
import { conformance } from '../../src/cli/commands/conformance-command.js';
import { bodyShape } from '../../src/trace/body-shape.js';
import { cli, emulated, liveArgs, liveEnv, SAMPLE, tempDir } from './helpers.js';

async function runConformance(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
    cwd,
    confirm: null,
  } as CliIO;
  const code = await conformance(argv, io);
  return { code, stdout, stderr };
}

let dir = '';
let demo: Har;
beforeAll(async () => {
  dir = tempDir();
  const recorded = await cli(['--demo', '--format', 'json', '--trace', 'demo.har'], { cwd: dir });
  expect(recorded.code).toBe(1);
  demo = JSON.parse(readFileSync(join(dir, 'demo.har'), 'utf8')) as Har;
});

const edited = (name: string, edit: (har: Har) => void): string => {
  const har = structuredClone(demo);
  edit(har);
  writeFileSync(join(dir, name), JSON.stringify(har));
  return name;
};

describe('npm run conformance -- FILE.har', () => {
  it('a trace recorded against the emulator replays with no difference', async () => {
    const result = await runConformance(['demo.har'], dir);
    expect(demo.log.entries.length).toBeGreaterThan(1);
    expect(result.stdout).toBe(`All ${demo.log.entries.length} replayed exchange(s) answer alike (status and body shape).\n`);
    expect(result.code).toBe(0);
  });

  it('reports an answer whose status the org gave differently', async () => {
    const file = edited('status.har', (har) => (har.log.entries[1].response.status = 503));
    const result = await runConformance([file], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^#2 POST \/services\/data\/v62\.0\/composite\n {2}status: org 503, emulator 200$/m);
    expect(result.stdout).toMatch(/^1 of \d+ replayed exchange\(s\) differ\.$/m);
  });

  it('reports a key the org answered that the emulator does not, and the one it answered instead', async () => {
    const file = edited('key.har', (har) => {
      const content = har.log.entries[0].response.content;
      content.text = JSON.stringify({ ...(JSON.parse(content.text) as object), orgOnlyKey: 1 });
    });
    const result = await runConformance([file], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^ {2}only in the org's answer: \$\.orgOnlyKey$/m);
  });

  it('replays a password login and a --fix run recorded against the emulator (credentials substituted)', async () => {
    const served = await emulated(SAMPLE.misconfigured);
    const { emulator } = served;
    const login = ['--username', emulator.username, '--login-url', emulator.loginUrl, '--trace', 'login.har'];
    expect((await cli(login, { cwd: dir, env: { SF_PASSWORD: emulator.password } })).code).toBeLessThan(2);
    const loginReplay = await runConformance(['login.har'], dir);
    expect(loginReplay.stdout).toMatch(/answer alike/);
    const fix = [...liveArgs(served), '--fix', '--yes', '--trace', 'fix.har'];
    expect((await cli(fix, { cwd: dir, env: liveEnv(served) })).code).toBeLessThan(2);
    const fixReplay = await runConformance(['fix.har'], dir);
    expect(fixReplay.stdout).toMatch(/answer alike/);
    expect(fixReplay.code).toBe(0);
  });

  it('refuses a file that is not a HAR (exit 2)', async () => {
    writeFileSync(join(dir, 'not.har'), '{"log":{"version":"1.1"}}');
    const result = await runConformance(['not.har'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Invalid trace .*not\.har/);
    expect((await runConformance(['missing.har'], dir)).stderr).toMatch(/file not found/);
    expect((await runConformance([], dir)).code).toBe(2);
  });
});

describe('body shape', () => {
  it('is the JSON key paths, arrays merged, values ignored', () => {
    expect([...bodyShape('{"records":[{"Id":"1","A":{"B":2}},{"Id":"2","A":null}],"done":true}')]).toEqual([
      '$.records',
      '$.records[]',
      '$.records[].Id',
      '$.records[].A',
      '$.records[].A.B',
      '$.done',
    ]);
  });

  it('is the XML element paths without namespace prefixes', () => {
    const soap =
      '<?xml version="1.0"?><soapenv:Envelope xmlns:soapenv="x"><soapenv:Body><loginResponse><result><sessionId>s</sessionId><x/></result></loginResponse></soapenv:Body></soapenv:Envelope>';
    expect([...bodyShape(soap)]).toEqual([
      'Envelope',
      'Envelope/Body',
      'Envelope/Body/loginResponse',
      'Envelope/Body/loginResponse/result',
      'Envelope/Body/loginResponse/result/sessionId',
      'Envelope/Body/loginResponse/result/x',
    ]);
  });

  it('is (text) for other text and nothing for an empty body', () => {
    expect([...bodyShape('Bad Gateway')]).toEqual(['(text)']);
    expect(bodyShape('  ').size).toBe(0);
  });
});

describe('differences', () => {
  it('name where a subtree starts to differ, not every key under it', async () => {
    const dir2 = tempDir();
    const har = structuredClone(demo);
    const content = har.log.entries[0].response.content;
    content.text = JSON.stringify({ ...(JSON.parse(content.text) as object), extra: { a: 1, b: [{ c: 2 }] } });
    writeFileSync(join(dir2, 'tree.har'), JSON.stringify(har));
    const result = await runConformance(['tree.har'], dir2);
    expect(result.stdout.split('\n').filter((line) => line.includes('only in'))).toEqual(["  only in the org's answer: $.extra"]);
  });
});
