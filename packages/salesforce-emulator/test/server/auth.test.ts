import { describe, expect, it } from 'vitest';
import { Connection } from 'jsforce';
import { API_VERSION, SAMPLE, connect, emulator } from './sample-emulator.js';

describe('SOAP login, sessions and identity', () => {
  it('logs in over Partner SOAP as the first active System Administrator', async () => {
    const emu = await emulator();
    expect(emu.username).toBe(SAMPLE.admin.username);
    const conn = new Connection({ loginUrl: emu.loginUrl, version: API_VERSION });
    const info = await conn.login(emu.username, emu.password);
    expect(info).toMatchObject({ id: SAMPLE.admin.id, organizationId: SAMPLE.orgId });
    expect(conn.instanceUrl).toBe(emu.instanceUrl);
    expect(conn.accessToken).toMatch(/^00D5g0000000001!AQ0AQ[\w-]+$/);
    expect((await conn.query('SELECT Id FROM User')).totalSize).toBe(4);
    expect(emu.stats.requests.map((r) => [r.api, r.operation, r.counted])).toEqual([
      ['partner-soap', 'login', false],
      ['rest', undefined, true],
    ]);
  });

  it('refuses a wrong password with INVALID_LOGIN and accepts password + security token', async () => {
    const emu = await emulator({ password: 'Secret1', securityToken: 'TOKEN42' });
    const conn = new Connection({ loginUrl: emu.loginUrl, version: API_VERSION });
    await expect(conn.login(emu.username, 'wrong')).rejects.toThrow(/INVALID_LOGIN: Invalid username, password, security token/);
    await expect(conn.login('nobody@acme-billing.example', 'Secret1')).rejects.toThrow(/INVALID_LOGIN/);
    await conn.login(emu.username.toUpperCase(), 'Secret1TOKEN42');
    await conn.login(emu.username, 'Secret1');
    expect(emu.stats.requests.map((r) => r.status)).toEqual([500, 500, 200, 200]);
  });

  it('throws INVALID_SESSION_ID for a bad REST token, without counting', async () => {
    const emu = await emulator();
    const conn = new Connection({ instanceUrl: emu.instanceUrl, accessToken: 'not-a-session', version: API_VERSION });
    await expect(conn.query('SELECT Id FROM User')).rejects.toMatchObject({
      errorCode: 'INVALID_SESSION_ID',
      message: 'Session expired or invalid',
    });
    expect(emu.stats.requests).toEqual([expect.objectContaining({ status: 401, counted: false, api: 'rest' })]);
  });

  it('after expireSessions a conn.login connection logs in again and replays REST and SOAP calls', async () => {
    const emu = await emulator();
    const conn = new Connection({ loginUrl: emu.loginUrl, version: API_VERSION });
    await conn.login(emu.username, emu.password);
    const firstToken = conn.accessToken;
    emu.expireSessions();
    await expect(connect(emu).query('SELECT Id FROM User')).rejects.toMatchObject({ errorCode: 'INVALID_SESSION_ID' });
    expect((await conn.query('SELECT Id FROM User')).totalSize).toBe(4);
    expect(conn.accessToken).not.toBe(firstToken);
    emu.expireSessions();
    expect(await conn.metadata.read('MobileSettings', 'Mobile')).toMatchObject({ fullName: 'Mobile' });
    const trail = emu.stats.requests.slice(1).map((r) => `${r.api}:${r.operation ?? ''}:${r.status}`);
    expect(trail).toEqual([
      'rest::401', // the pre-issued token, expired
      'rest::401',
      'partner-soap:login:200',
      'rest::200',
      'metadata-soap:readMetadata:500',
      'partner-soap:login:200',
      'metadata-soap:readMetadata:200',
    ]);
  });

  it('serves identity from the versioned resources, with Bearer and oauth_token', async () => {
    const emu = await emulator();
    const identity = await connect(emu).identity();
    expect(identity).toMatchObject({
      id: `${emu.instanceUrl}/id/${emu.organizationId}/${emu.userId}`,
      user_id: emu.userId,
      organization_id: emu.organizationId,
      username: emu.username,
    });
    const bad = await fetch(`${emu.instanceUrl}/id/${emu.organizationId}/${emu.userId}?oauth_token=nope`);
    expect([bad.status, await bad.text()]).toEqual([403, 'Bad_OAuth_Token']);
    expect(emu.stats.requests.map((r) => [r.api, r.counted])).toEqual([
      ['rest', true],
      ['identity', false],
      ['identity', false],
    ]);
  });

  it('logs out a SOAP session so its token stops working', async () => {
    const emu = await emulator();
    const conn = new Connection({ loginUrl: emu.loginUrl, version: API_VERSION });
    await conn.login(emu.username, emu.password);
    const token = conn.accessToken!;
    await conn.logout();
    const stale = new Connection({ instanceUrl: emu.instanceUrl, accessToken: token, version: API_VERSION });
    await expect(stale.query('SELECT Id FROM User')).rejects.toMatchObject({ errorCode: 'INVALID_SESSION_ID' });
  });
});
