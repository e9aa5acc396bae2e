import { describe, expect, it } from 'vitest';
import { API_VERSION, connect, emulator } from './sample-emulator.js';

describe('API usage and limits', () => {
  it('reports DailyApiRequests in /limits and Sforce-Limit-Info in conn.limitInfo', async () => {
    const emu = await emulator({ dailyApiLimit: 500 });
    const conn = connect(emu);
    await conn.query('SELECT Id FROM User');
    const limits = await conn.limits();
    expect(limits.DailyApiRequests).toEqual({ Max: 500, Remaining: 498 });
    expect(conn.limitInfo.apiUsage).toEqual({ used: 2, limit: 500 });
    expect(emu.stats.apiCalls).toBe(2);
  });

  it('serves the versions list without authentication, uncounted, and the resources of a version', async () => {
    const emu = await emulator({ apiVersion: '62.0' });
    const res = await fetch(`${emu.instanceUrl}/services/data`);
    expect(res.headers.get('sforce-limit-info')).toBeNull();
    expect(res.headers.get('content-type')).toBe('application/json;charset=UTF-8');
    const versions = (await res.json()) as Array<{ version: string; label: string; url: string }>;
    expect(versions.at(-1)).toEqual({ label: "Winter '25", url: '/services/data/v62.0', version: '62.0' });
    expect(versions.find((v) => v.version === '60.0')?.label).toBe("Spring '24");
    const resources = await connect(emu).request<Record<string, string>>(`/services/data/v${API_VERSION}/`);
    expect(resources.identity).toBe(`${emu.instanceUrl}/id/${emu.organizationId}/${emu.userId}`);
    expect(resources.query).toBe(`/services/data/v${API_VERSION}/query`);
    expect(emu.stats.requests.map((r) => [r.api, r.counted])).toEqual([
      ['versions', false],
      ['rest', true],
    ]);
  });

  it('refuses calls beyond the daily limit with 403 REQUEST_LIMIT_EXCEEDED, uncounted', async () => {
    const emu = await emulator({ dailyApiLimit: 1 });
    const conn = connect(emu);
    await conn.sobject('PermissionSet').create({ Name: 'Last_One', Label: 'Last one' });
    await expect(conn.sobject('PermissionSet').create({ Name: 'Over', Label: 'Over' })).rejects.toMatchObject({
      errorCode: 'REQUEST_LIMIT_EXCEEDED',
    });
    expect(emu.stats.apiCalls).toBe(1);
    expect(emu.stats.requests.map((r) => [r.status, r.counted])).toEqual([
      [201, true],
      [403, false],
    ]);
  });

  it('answers unknown resources with 404 NOT_FOUND and wrong methods with 405', async () => {
    const emu = await emulator();
    const conn = connect(emu);
    await expect(conn.request({ method: 'POST', url: `/services/data/v${API_VERSION}/nothing-here`, body: '{}' })).rejects.toMatchObject({
      errorCode: 'NOT_FOUND',
      message: 'The requested resource does not exist',
    });
    await expect(
      conn.request({ method: 'POST', url: `/services/data/v${API_VERSION}/sobjects/User/describe`, body: '{}' }),
    ).rejects.toMatchObject({ errorCode: 'METHOD_NOT_ALLOWED' });
    await expect(conn.request({ method: 'POST', url: `/services/data/v99.0/sobjects/PermissionSet`, body: '{}' })).rejects.toMatchObject({
      errorCode: 'NOT_FOUND',
    });
    await expect(
      conn.request({ method: 'POST', url: `/services/data/v${API_VERSION}/sobjects/PermissionSet`, body: '{bad' }),
    ).rejects.toMatchObject({ errorCode: 'JSON_PARSER_ERROR' });
  });

  it('adds the configured latency to every response', async () => {
    const emu = await emulator({ latencyMs: 300 });
    const started = Date.now();
    await Promise.all([1, 2, 3].map(() => connect(emu).query('SELECT Id FROM User')));
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(295);
    expect(elapsed).toBeLessThan(850); // three concurrent requests wait in parallel (900 ms if in turn)
  });
});
