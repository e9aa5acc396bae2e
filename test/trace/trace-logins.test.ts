import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Har } from '../../src/trace/har.js';
import { cli, emulated, fakeSf, SAMPLE, tempDir } from '../cli/helpers.js';

const keys = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});

describe('--trace with other logins and several orgs', () => {
  it('a JWT bearer login: the assertion and the OAuth answer’s access token are redacted', async () => {
    const served = await emulated(SAMPLE.clean, { clientId: 'JUSTON_AUDIT_CI', jwtPublicKey: keys.publicKey });
    const { emulator } = served;
    const dir = tempDir();
    writeFileSync(join(dir, 'server.key'), keys.privateKey, { mode: 0o600 });
    const argv = ['--client-id', 'JUSTON_AUDIT_CI', '--jwt-key-file', 'server.key', '--username', emulator.username];
    const result = await cli([...argv, '--login-url', emulator.loginUrl, '--trace', 'jwt.har'], { cwd: dir });
    expect(result.code, result.stderr).toBeLessThan(2);
    const text = readFileSync(join(dir, 'jwt.har'), 'utf8');
    const [login] = (JSON.parse(text) as Har).log.entries;
    expect(login.request.url).toMatch(/\/services\/oauth2\/token$/);
    expect(login.request.postData?.text).toMatch(/assertion=\[REDACTED\]/);
    expect(login.response.content.text).toMatch(/"access_token":"\[REDACTED\]"/);
    expect(text).not.toMatch(/eyJ[\w-]+\.eyJ/);
    expect(text, 'a session id of any login').not.toMatch(/00D[A-Za-z0-9]{12,15}![A-Za-z0-9._\-+/=]{8,}/);
  });

  it('several orgs (-o a -o b) share one trace; each entry’s URL names its org', async () => {
    const [acme, nordwind] = await Promise.all([emulated(SAMPLE.clean), emulated(SAMPLE.misconfigured)]);
    const dir = tempDir();
    const result = await cli(['-o', 'acme', '-o', 'nordwind', '--trace', 'orgs.har'], { cwd: dir, env: fakeSf({ acme, nordwind }) });
    expect(result.code).toBeLessThan(3);
    const urls = (JSON.parse(readFileSync(join(dir, 'orgs.har'), 'utf8')) as Har).log.entries.map((e) => e.request.url);
    expect(urls.filter((url) => url.startsWith(acme.emulator.instanceUrl))).toHaveLength(acme.emulator.stats.requests.length);
    expect(urls.filter((url) => url.startsWith(nordwind.emulator.instanceUrl))).toHaveLength(nordwind.emulator.stats.requests.length);
  });
});
