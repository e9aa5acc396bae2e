import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectOrg } from '../../src/auth/connect-org.js';
import { AuthError, UsageError } from '../../src/errors.js';
import { API_VERSION, serveOrg } from '../harness/emulated-org.js';

const keys = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
const dir = mkdtempSync(join(tmpdir(), 'auth-'));
const keyFile = join(dir, 'server.key');
writeFileSync(keyFile, keys.privateKey);
let served: Awaited<ReturnType<typeof serveOrg>>;

beforeAll(async () => {
  served = await serveOrg('samples/clean-org.json', { clientId: 'JUSTON_AUDIT_CI', jwtPublicKey: keys.publicKey, securityToken: 'TKN' });
});
afterAll(() => served.emulator.close());

const orgName = async (connection: Awaited<ReturnType<typeof connectOrg>>) =>
  (await connection.query<{ Name: string }>('SELECT Name FROM Organization')).records[0].Name;

/** A stand-in `sf` on PATH that prints what the real CLI prints for these commands. */
function fakeSf(script: string): NodeJS.ProcessEnv {
  const bin = mkdtempSync(join(tmpdir(), 'sf-'));
  writeFileSync(join(bin, 'sf'), `#!/usr/bin/env node\nconst args = process.argv.slice(2).join(' ');\n${script}\n`);
  chmodSync(join(bin, 'sf'), 0o755);
  return { ...process.env, PATH: `${bin}:${process.env.PATH}` };
}

describe('connectOrg', () => {
  it('logs in with username, password and security token over SOAP', async () => {
    const { username, password, loginUrl } = served.emulator;
    const connection = await connectOrg({ username, password, securityToken: 'TKN', loginUrl, apiVersion: API_VERSION }, {});
    expect(await orgName(connection)).toBe('Acme Billing GmbH');
  });

  it('reports a wrong password as an AuthError without echoing it', async () => {
    const attempt = connectOrg({ username: served.emulator.username, password: 'wrong-secret', loginUrl: served.emulator.loginUrl }, {});
    await expect(attempt).rejects.toBeInstanceOf(AuthError);
    await expect(attempt).rejects.not.toThrow(/wrong-secret/);
  });

  it('logs in with the JWT bearer flow, signing the assertion itself', async () => {
    const connection = await connectOrg(
      {
        clientId: 'JUSTON_AUDIT_CI',
        jwtKeyFile: keyFile,
        username: served.emulator.username,
        loginUrl: served.emulator.loginUrl,
        apiVersion: API_VERSION,
      },
      {},
    );
    expect(await orgName(connection)).toBe('Acme Billing GmbH');
  });

  it('refuses a JWT signed by another key and names a missing key file', async () => {
    const other = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    const otherFile = join(dir, 'other.key');
    writeFileSync(otherFile, other.privateKey);
    await expect(
      connectOrg(
        { clientId: 'JUSTON_AUDIT_CI', jwtKeyFile: otherFile, username: served.emulator.username, loginUrl: served.emulator.loginUrl },
        {},
      ),
    ).rejects.toBeInstanceOf(AuthError);
    await expect(connectOrg({ clientId: 'X', jwtKeyFile: join(dir, 'missing.key'), username: 'u' }, {})).rejects.toThrow(
      /--jwt-key-file .*missing.key: file not found/,
    );
  });

  it('uses the sf CLI: redacted display falls back to show-access-token', async () => {
    const { instanceUrl, accessToken, username } = served.emulator;
    const env = fakeSf(`
      if (args.startsWith('org display')) console.log(JSON.stringify({ status: 0, result: { id: '00D', instanceUrl: '${instanceUrl}', username: '${username}', apiVersion: '${API_VERSION}', accessToken: "[REDACTED] Use 'sf org auth show-access-token' to view" }, warnings: [] }));
      else if (args.startsWith('org auth show-access-token') && args.includes('--target-org prod')) console.log(JSON.stringify({ status: 0, result: { accessToken: '${accessToken}' }, warnings: [] }));
      else { console.log(JSON.stringify({ status: 1, name: 'UnexpectedError', message: args, exitCode: 1 })); process.exit(1); }`);
    expect(await orgName(await connectOrg({ targetOrg: 'prod' }, env))).toBe('Acme Billing GmbH');
    expect(await orgName(await connectOrg({}, { ...env, SF_TARGET_ORG: 'prod' }))).toBe('Acme Billing GmbH');
  });

  it('uses an older sf CLI whose display still holds the token', async () => {
    const env = fakeSf(
      `console.log(JSON.stringify({ status: 0, result: { instanceUrl: '${served.emulator.instanceUrl}', accessToken: '${served.emulator.accessToken}' } }));`,
    );
    expect(await orgName(await connectOrg({ targetOrg: 'old' }, env))).toBe('Acme Billing GmbH');
  });

  it('says what to run for an unknown alias, an expired login and a missing sf', async () => {
    const unknown = fakeSf(
      `console.log(JSON.stringify({ status: 1, name: 'NamedOrgNotFoundError', message: 'No authorization information found for nope.', exitCode: 1 })); process.exit(1);`,
    );
    await expect(connectOrg({ targetOrg: 'nope' }, unknown)).rejects.toThrow(/sf knows no org 'nope': run 'sf org login web --alias nope'/);
    const expired = fakeSf(
      `console.log(JSON.stringify({ status: 1, name: 'RefreshTokenAuthError', message: 'Error authenticating with the refresh token due to: expired access/refresh token', exitCode: 1 })); process.exit(1);`,
    );
    await expect(connectOrg({ targetOrg: 'prod' }, expired)).rejects.toThrow(/has expired: run 'sf org login web --alias prod' again/);
    await expect(connectOrg({ targetOrg: 'prod' }, { PATH: dir })).rejects.toThrow(/Salesforce CLI \(sf\) was not found/);
    // Nothing named an org and no sf for its default org: a usage error that lists the ways to name one.
    await expect(connectOrg({}, { PATH: dir })).rejects.toBeInstanceOf(UsageError);
    await expect(connectOrg({}, { PATH: dir })).rejects.toThrow(/no org given: use -o ALIAS .* or --demo/);
  });

  it('needs --instance-url with a bare access token', async () => {
    await expect(connectOrg({ accessToken: 'x' }, {})).rejects.toBeInstanceOf(UsageError);
  });
});
