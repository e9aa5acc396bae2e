import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Connection } from 'jsforce';
import type { RunningEmulator } from '../../src/server.js';
import { API_VERSION, SAMPLE, emulator } from './sample-emulator.js';

const CLIENT = { clientId: '3MVG9FakeConsumerKey', clientSecret: 'fake-consumer-secret' };
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const publicPem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();

function assertion(claims: Record<string, unknown>, key = keys.privateKey): string {
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const unsigned = `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}`;
  return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), key).toString('base64url')}`;
}

function jwtConn(emu: RunningEmulator): Connection {
  return new Connection({ oauth2: { clientId: CLIENT.clientId, loginUrl: emu.loginUrl }, version: API_VERSION });
}

const claims = (emu: RunningEmulator, extra: Record<string, unknown> = {}) => ({
  iss: CLIENT.clientId,
  sub: emu.username,
  aud: 'https://login.salesforce.com',
  exp: Math.floor(Date.now() / 1000) + 120,
  ...extra,
});

describe('OAuth token endpoint', () => {
  it('password grant via conn.login with a client id and secret', async () => {
    const emu = await emulator(CLIENT);
    const conn = new Connection({ oauth2: { ...CLIENT, loginUrl: emu.loginUrl }, version: API_VERSION });
    const info = await conn.login(emu.username, emu.password);
    expect(info).toMatchObject({ id: emu.userId, organizationId: emu.organizationId });
    expect(conn.instanceUrl).toBe(emu.instanceUrl);
    expect((await conn.query('SELECT Id FROM User')).totalSize).toBe(4);
    const wrongSecret = new Connection({ oauth2: { ...CLIENT, clientSecret: 'x', loginUrl: emu.loginUrl }, version: API_VERSION });
    await expect(wrongSecret.login(emu.username, emu.password)).rejects.toMatchObject({ name: 'invalid_client' });
    await expect(conn.login(emu.username, 'bad')).rejects.toMatchObject({ name: 'invalid_grant', message: 'authentication failure' });
    expect(emu.stats.requests.map((r) => [r.api, r.operation, r.status, r.counted])).toEqual([
      ['oauth', 'password', 200, false],
      ['rest', undefined, 200, true],
      ['oauth', 'password', 400, false],
      ['oauth', 'password', 400, false],
    ]);
  });

  it('JWT bearer grant with an RS256 assertion signed by the configured key', async () => {
    const emu = await emulator({ ...CLIENT, jwtPublicKey: publicPem });
    const conn = jwtConn(emu);
    const info = await conn.authorize({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: assertion(claims(emu)) });
    expect(info).toMatchObject({ id: emu.userId, organizationId: emu.organizationId });
    expect(conn.accessToken!.split('.')).toHaveLength(1); // opaque, not a JWT: SOAP must keep working
    expect(await conn.metadata.read('MobileSettings', 'Mobile')).toMatchObject({ fullName: 'Mobile' });
  });

  it.each([
    [
      'a foreign key',
      (emu: RunningEmulator) => assertion(claims(emu), generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey),
      'invalid_grant',
    ],
    ['an expired assertion', (emu: RunningEmulator) => assertion(claims(emu, { exp: Math.floor(Date.now() / 1000) - 5 })), 'invalid_grant'],
    ['a wrong audience', (emu: RunningEmulator) => assertion(claims(emu, { aud: 'https://evil.example' })), 'invalid_grant'],
    ['a wrong issuer', (emu: RunningEmulator) => assertion(claims(emu, { iss: 'other' })), 'invalid_client_id'],
    ['an unknown user', (emu: RunningEmulator) => assertion(claims(emu, { sub: 'ghost@acme-billing.example' })), 'invalid_grant'],
    ['an inactive user', (emu: RunningEmulator) => assertion(claims(emu, { sub: SAMPLE.inactive })), 'invalid_grant'],
    ['garbage', () => 'not.a.jwt', 'invalid_grant'],
  ])('JWT bearer refuses %s', async (_name, make, error) => {
    const emu = await emulator({ ...CLIENT, jwtPublicKey: publicPem });
    await expect(
      jwtConn(emu).authorize({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: make(emu) }),
    ).rejects.toMatchObject({ name: error });
    expect(emu.stats.requests).toEqual([expect.objectContaining({ api: 'oauth', status: 400, counted: false })]);
  });

  it('refresh_token grant renews an expired session transparently', async () => {
    const emu = await emulator(CLIENT);
    const conn = new Connection({
      oauth2: { ...CLIENT, loginUrl: emu.loginUrl },
      instanceUrl: emu.instanceUrl,
      accessToken: emu.accessToken,
      refreshToken: emu.refreshToken,
      version: API_VERSION,
    });
    const refreshed: string[] = [];
    conn.on('refresh', (token: string) => refreshed.push(token));
    emu.expireSessions();
    expect((await conn.query('SELECT Id FROM User')).totalSize).toBe(4);
    expect(refreshed).toHaveLength(1);
    expect(emu.stats.requests.map((r) => `${r.api}:${r.operation ?? ''}:${r.status}`)).toEqual([
      'rest::401',
      'oauth:refresh_token:200',
      'rest::200',
    ]);
  });

  it('never records tokens, passwords, secrets or assertions in the request log', async () => {
    const emu = await emulator({ ...CLIENT, jwtPublicKey: publicPem });
    const soap = new Connection({ loginUrl: emu.loginUrl, version: API_VERSION });
    await soap.login(emu.username, emu.password);
    await soap.metadata.read('MobileSettings', 'Mobile');
    await soap.identity();
    const jwt = assertion(claims(emu));
    await jwtConn(emu).authorize({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: jwt });
    await fetch(`${emu.instanceUrl}/id/${emu.organizationId}/${emu.userId}?oauth_token=${soap.accessToken}&format=json`);
    const log = JSON.stringify(emu.stats.requests);
    for (const secret of [emu.password, emu.accessToken, emu.refreshToken, soap.accessToken!, CLIENT.clientSecret, jwt]) {
      expect(log).not.toContain(secret);
    }
    expect(log).toContain('oauth_token=REDACTED&format=json');
  });
});
