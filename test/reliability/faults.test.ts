import { describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@juston-audit/salesforce-emulator';
import { API_VERSION } from '../harness/emulated-org.js';
import { served, trail } from './support.js';

const BASE = `/services/data/v${API_VERSION}`;
const q = (soql: string) => `${BASE}/query?q=${encodeURIComponent(soql)}`;

/** A raw HTTP call with the emulator's session: the fault's wire shape, without any client logic. */
async function call(emu: RunningEmulator, method: string, path: string, body?: unknown, token = emu.accessToken) {
  const response = await fetch(`${emu.instanceUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json, type: response.headers.get('content-type') ?? '' };
}

const envelope = (token: string, op: string, inner: string) =>
  '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">' +
  `<soapenv:Header xmlns="http://soap.sforce.com/2006/04/metadata"><SessionHeader><sessionId>${token}</sessionId></SessionHeader></soapenv:Header>` +
  `<soapenv:Body xmlns="http://soap.sforce.com/2006/04/metadata"><${op}>${inner}</${op}></soapenv:Body></soapenv:Envelope>`;

async function soap(emu: RunningEmulator, op: string, inner: string) {
  const response = await fetch(`${emu.instanceUrl}/services/Soap/m/${API_VERSION}`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/xml', SOAPAction: '""' },
    body: envelope(emu.accessToken, op, inner),
  });
  return { status: response.status, text: await response.text() };
}
const readMobile = '<type>MobileSettings</type><fullNames>Mobile</fullNames>';

const remoteSite = (name: string) => ({ FullName: name, Metadata: { url: `https://${name.toLowerCase()}.example`, isActive: true } });

const compositeOf = (...subs: Array<[string, string, unknown?]>) => ({
  allOrNone: false,
  compositeRequest: subs.map(([method, url, body], i) => ({
    method,
    url: `${BASE}${url}`,
    referenceId: `r${i}`,
    ...(body ? { body } : {}),
  })),
});

describe('emulator faults: what each one answers, and what it counts', () => {
  it('HTTP 500 and 503 on the Nth request: Salesforce-shaped JSON, nothing run, nothing counted', async () => {
    const { emulator } = await served({
      faults: [
        { nth: 2, fault: { kind: 'http-error', status: 503 } },
        { nth: 4, fault: { kind: 'http-error', status: 500 } },
      ],
    });
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await call(emulator, 'GET', q('SELECT Id FROM User')));
    expect(results.map((r) => r.status)).toEqual([200, 503, 200, 500, 200]);
    expect(results[1]!.json).toEqual([
      { errorCode: 'SERVER_UNAVAILABLE', message: expect.stringMatching(/temporarily unavailable/), fields: [] },
    ]);
    expect(results[3]!.json).toEqual([{ errorCode: 'UNKNOWN_EXCEPTION', message: expect.stringMatching(/ErrorId/), fields: [] }]);
    expect(emulator.stats.apiCalls).toBe(3);
    expect(emulator.stats.requests.map((r) => r.counted)).toEqual([true, false, true, false, true]);
    expect(emulator.faults.fired.map((f) => [f.request, f.kind])).toEqual([
      [2, 'http-error'],
      [4, 'http-error'],
    ]);
  });

  it('answers SOAP with a SOAP fault and keeps the HTTP status', async () => {
    const { emulator } = await served({ faults: [{ api: 'metadata-soap', fault: { kind: 'http-error', status: 503 } }] });
    const reply = await soap(emulator, 'readMetadata', readMobile);
    expect(reply.status).toBe(503);
    expect(reply.text).toMatch(/<faultcode>sf:SERVER_UNAVAILABLE<\/faultcode>/);
    expect((await call(emulator, 'GET', q('SELECT Id FROM User'))).status).toBe(200);
  });

  it('resets the connection: no HTTP answer, logged as status 0, uncounted', async () => {
    const { emulator } = await served({ faults: [{ path: '/query', times: 1, fault: { kind: 'reset' } }] });
    await expect(call(emulator, 'GET', q('SELECT Id FROM User'))).rejects.toThrow(/fetch failed/);
    expect((await call(emulator, 'GET', q('SELECT Id FROM User'))).status).toBe(200);
    expect(emulator.stats.requests.map((r) => [r.status, r.counted])).toEqual([
      [0, false],
      [200, true],
    ]);
  });

  it('a reset after the route ran (`applied`) loses the answer of a write that landed', async () => {
    const { emulator, orgData } = await served({ faults: [{ writes: true, fault: { kind: 'reset', applied: true } }] });
    const before = orgData.query('SELECT Id FROM RemoteProxy', { api: 'tooling' }).totalSize;
    const body = remoteSite('Fault_Test');
    await expect(call(emulator, 'POST', `${BASE}/tooling/sobjects/RemoteProxy`, body)).rejects.toThrow(/fetch failed/);
    expect(orgData.query('SELECT Id FROM RemoteProxy', { api: 'tooling' }).totalSize).toBe(before + 1);
    expect(emulator.stats.apiCalls).toBe(1);
  });

  it('delays the answer beyond a client timeout; the route already ran and counted', async () => {
    const { emulator } = await served({ faults: [{ times: 1, fault: { kind: 'delay', ms: 2_000 } }] });
    const started = Date.now();
    const slow = fetch(`${emulator.instanceUrl}${q('SELECT Id FROM User')}`, {
      headers: { Authorization: `Bearer ${emulator.accessToken}` },
      signal: AbortSignal.timeout(100),
    });
    await expect(slow).rejects.toThrow(/aborted|timeout/i);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(emulator.stats.apiCalls).toBe(1);
    expect((await call(emulator, 'GET', q('SELECT Id FROM User'))).status).toBe(200);
  });

  it('expires the session mid-run: 401 INVALID_SESSION_ID now, and the old token stays dead', async () => {
    const { emulator } = await served({ faults: [{ nth: 2, fault: { kind: 'session-expired' } }] });
    expect((await call(emulator, 'GET', q('SELECT Id FROM User'))).status).toBe(200);
    const expired = await call(emulator, 'GET', q('SELECT Id FROM User'));
    expect([expired.status, expired.json]).toEqual([
      401,
      [{ errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid', fields: [] }],
    ]);
    expect((await call(emulator, 'GET', q('SELECT Id FROM User'))).status).toBe(401);
    expect((await soap(emulator, 'readMetadata', readMobile)).text).toMatch(/<faultcode>sf:INVALID_SESSION_ID<\/faultcode>/);
    expect(emulator.faults.fired).toHaveLength(1);
  });

  it('answers SOAP session expiry with HTTP 500 sf:INVALID_SESSION_ID (what jsforce refreshes on)', async () => {
    const { emulator } = await served({ faults: [{ operation: 'readMetadata', fault: { kind: 'session-expired' } }] });
    const reply = await soap(emulator, 'readMetadata', readMobile);
    expect(reply.status).toBe(500);
    expect(reply.text).toMatch(/<faultcode>sf:INVALID_SESSION_ID<\/faultcode>/);
  });

  it('refuses with REQUEST_LIMIT_EXCEEDED: 403 on REST, a SOAP fault on Metadata, uncounted', async () => {
    const { emulator } = await served({ faults: [{ fault: { kind: 'limit-exceeded' } }] });
    const rest = await call(emulator, 'GET', q('SELECT Id FROM User'));
    expect([rest.status, rest.json]).toEqual([
      403,
      [{ errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'TotalRequests Limit exceeded.', fields: [] }],
    ]);
    expect((await soap(emulator, 'readMetadata', readMobile)).text).toMatch(/sf:REQUEST_LIMIT_EXCEEDED.*TotalRequests Limit exceeded\./);
    expect(emulator.stats.apiCalls).toBe(0);
  });

  it('truncates JSON and XML bodies and sends broken ones (Content-Length consistent)', async () => {
    const { emulator } = await served({
      faults: [
        { path: '/query', fault: { kind: 'truncated-body' } },
        { path: '/sobjects', fault: { kind: 'malformed-body' } },
        { api: 'metadata-soap', fault: { kind: 'truncated-body', keepBytes: 120 } },
      ],
    });
    const truncated = await call(emulator, 'GET', q('SELECT Id FROM User'));
    expect([truncated.status, truncated.json, truncated.type]).toEqual([200, undefined, expect.stringContaining('json')]);
    expect(truncated.text.startsWith('{"totalSize"')).toBe(true);
    const broken = await call(emulator, 'GET', `${BASE}/sobjects`);
    expect([broken.status, broken.json]).toEqual([200, undefined]);
    const xml = await soap(emulator, 'readMetadata', readMobile);
    expect(xml.text).toHaveLength(120);
    expect(xml.text).not.toMatch(/<\/soapenv:Envelope>/);
  });
});

describe('emulator faults: INSUFFICIENT_ACCESS for chosen sObjects', () => {
  const deny = { fault: { kind: 'deny-access' as const, sobjects: ['SetupEntityAccess'] } };

  it('refuses queries FROM the object, also in a semi-join, on both APIs; other objects are served', async () => {
    const { emulator } = await served({ faults: [deny] });
    const direct = await call(emulator, 'GET', q('SELECT Id FROM SetupEntityAccess'));
    expect([direct.status, direct.json]).toEqual([
      403,
      [{ errorCode: 'INSUFFICIENT_ACCESS', message: 'insufficient access rights on object id', fields: [] }],
    ]);
    const semi = await call(emulator, 'GET', q('SELECT Id FROM PermissionSet WHERE Id IN (SELECT ParentId FROM SetupEntityAccess)'));
    expect(semi.status).toBe(403);
    expect((await call(emulator, 'GET', `${BASE}/tooling/query?q=${encodeURIComponent('SELECT Id FROM SetupEntityAccess')}`)).status).toBe(
      403,
    );
    expect((await call(emulator, 'GET', q('SELECT Id FROM PermissionSet'))).status).toBe(200);
    expect(emulator.stats.apiCalls).toBe(4);
  });

  it('refuses the subrequest inside a composite, and only that one', async () => {
    const { emulator } = await served({ faults: [deny] });
    const reply = await call(
      emulator,
      'POST',
      `${BASE}/composite`,
      compositeOf(
        ['GET', `/query?q=${encodeURIComponent('SELECT Id FROM User')}`],
        ['GET', `/query?q=${encodeURIComponent('SELECT Id FROM SetupEntityAccess')}`],
      ),
    );
    const subs = (reply.json as { compositeResponse: Array<{ httpStatusCode: number; body: unknown }> }).compositeResponse;
    expect(subs.map((s) => s.httpStatusCode)).toEqual([200, 403]);
    expect(subs[1]!.body).toEqual([expect.objectContaining({ errorCode: 'INSUFFICIENT_ACCESS' })]);
  });

  it('refuses writes with INSUFFICIENT_ACCESS_OR_READONLY, rolling back an allOrNone composite', async () => {
    const { emulator, orgData } = await served({ faults: [{ fault: { kind: 'deny-access', sobjects: ['PermissionSet'] } }] });
    const count = () => orgData.query('SELECT Id FROM PermissionSet', { api: 'data' }).totalSize;
    const before = count();
    const single = await call(emulator, 'POST', `${BASE}/sobjects/PermissionSet`, { Name: 'X1', Label: 'X1' });
    expect([single.status, (single.json as Array<{ errorCode: string }>)[0]!.errorCode]).toEqual([400, 'INSUFFICIENT_ACCESS_OR_READONLY']);
    const group = await call(emulator, 'POST', `${BASE}/composite`, {
      ...compositeOf(
        ['POST', '/tooling/sobjects/RemoteProxy', remoteSite('Y')],
        ['POST', '/sobjects/PermissionSet', { Name: 'X2', Label: 'X2' }],
      ),
      allOrNone: true,
    });
    expect((group.json as { compositeResponse: Array<{ httpStatusCode: number }> }).compositeResponse.map((s) => s.httpStatusCode)).toEqual(
      [400, 400],
    );
    expect(count()).toBe(before);
    expect(orgData.query("SELECT Id FROM RemoteProxy WHERE SiteName = 'Y'", { api: 'tooling' }).totalSize).toBe(0);
  });
});

describe('emulator faults: matching and runtime control', () => {
  it('matches a path below the version base, its sub-paths, not its siblings; a RegExp sees the decoded query', async () => {
    const { emulator } = await served({
      faults: [
        { path: '/query', fault: { kind: 'http-error', status: 500 } },
        { path: /FROM PermissionSet\b/, fault: { kind: 'http-error', status: 503 } },
      ],
    });
    expect((await call(emulator, 'GET', `${BASE}/queryAll?q=${encodeURIComponent('SELECT Id FROM PermissionSet')}`)).status).toBe(503);
    expect((await call(emulator, 'GET', `${BASE}/queryAll?q=${encodeURIComponent('SELECT Id FROM User')}`)).status).toBe(200);
    expect((await call(emulator, 'GET', `${BASE}/query/01gAAAAAAAAAAAAAAA-5`)).status).toBe(500);
    expect((await call(emulator, 'GET', `${BASE}/sobjects`)).status).toBe(200);
  });

  it('filters by method, API surface and SOAP operation', async () => {
    const { emulator } = await served({
      faults: [
        { method: 'POST', api: ['rest', 'tooling'], fault: { kind: 'http-error', status: 502 } },
        { operation: 'updateMetadata', fault: { kind: 'http-error', status: 503 } },
      ],
    });
    expect((await call(emulator, 'GET', q('SELECT Id FROM User'))).status).toBe(200);
    expect((await call(emulator, 'POST', `${BASE}/composite`, compositeOf(['GET', '/limits']))).status).toBe(502);
    expect((await soap(emulator, 'readMetadata', readMobile)).status).toBe(200);
    expect(
      (
        await soap(
          emulator,
          'updateMetadata',
          '<metadata xsi:type="MobileSettings" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><fullName>Mobile</fullName></metadata>',
        )
      ).status,
    ).toBe(503);
  });

  it('fails the Nth write only: read-only composites are not writes, nothing of the failed write lands', async () => {
    const { emulator, orgData } = await served({ faults: [{ writes: true, nth: 2, fault: { kind: 'http-error', status: 500 } }] });
    const site = (name: string) => compositeOf(['POST', '/tooling/sobjects/RemoteProxy', remoteSite(name)]);
    const statuses = [];
    statuses.push((await call(emulator, 'POST', `${BASE}/composite`, site('One'))).status);
    statuses.push((await call(emulator, 'POST', `${BASE}/composite`, compositeOf(['GET', '/limits']))).status); // a read
    statuses.push((await call(emulator, 'POST', `${BASE}/composite`, site('Two'))).status);
    statuses.push((await call(emulator, 'POST', `${BASE}/composite`, site('Three'))).status);
    expect(statuses).toEqual([200, 200, 500, 200]);
    const names = orgData
      .query("SELECT SiteName FROM RemoteProxy WHERE SiteName IN ('One', 'Two', 'Three')", { api: 'tooling' })
      .records.map((r) => r.SiteName)
      .sort();
    expect(names).toEqual(['One', 'Three']);
  });

  it('matches the server request number; faults can be added and cleared mid-run', async () => {
    const { emulator } = await served({ faults: [{ request: 2, fault: { kind: 'http-error', status: 503 } }] });
    const statuses = async (n: number) => {
      const out = [];
      for (let i = 0; i < n; i++) out.push((await call(emulator, 'GET', q('SELECT Id FROM User'))).status);
      return out;
    };
    expect(await statuses(3)).toEqual([200, 503, 200]);
    emulator.faults.add({ times: 2, fault: { kind: 'http-error', status: 500 } });
    expect(await statuses(3)).toEqual([500, 500, 200]);
    emulator.faults.add({ fault: { kind: 'http-error', status: 504 } });
    expect(await statuses(1)).toEqual([504]);
    emulator.faults.clear();
    expect(await statuses(1)).toEqual([200]);
    expect(trail(emulator.stats.requests).filter((line) => !line.endsWith(' 200'))).toEqual([
      'GET /query 503',
      'GET /query 500',
      'GET /query 500',
      'GET /query 504',
    ]);
  });
});

describe('emulator wire faults: cut answers, wrong answers, refusals', () => {
  it.each(['headers', 'body'] as const)(
    'resets after the %s of the real answer: the client sees the status, then the body fails',
    async (at) => {
      const { emulator } = await served({ faults: [{ path: '/query', times: 1, fault: { kind: 'reset', at } }] });
      const response = await fetch(`${emulator.instanceUrl}${q('SELECT Id FROM User')}`, {
        headers: { Authorization: `Bearer ${emulator.accessToken}` },
      });
      expect(response.status).toBe(200);
      await expect(response.text()).rejects.toThrow(/terminated|aborted|other side closed/i);
      expect((await call(emulator, 'GET', q('SELECT Id FROM User'))).status).toBe(200);
      expect(emulator.stats.apiCalls).toBe(2); // the route ran both times
    },
  );

  it('answers an HTML maintenance page (200 or 5xx) without running the route, on REST and SOAP', async () => {
    const { emulator } = await served({
      faults: [
        { path: '/query', times: 1, fault: { kind: 'html-page' } },
        { api: 'metadata-soap', times: 1, fault: { kind: 'html-page', status: 503 } },
      ],
    });
    const rest = await call(emulator, 'GET', q('SELECT Id FROM User'));
    expect([rest.status, rest.type]).toEqual([200, 'text/html;charset=UTF-8']);
    expect(rest.text).toContain('<title>Maintenance</title>');
    const soapReply = await soap(emulator, 'readMetadata', readMobile);
    expect(soapReply.status).toBe(503);
    expect(soapReply.text).toContain('<title>Maintenance</title>');
    expect(emulator.stats.apiCalls).toBe(0);
  });

  it('answers 200 with an empty body, or with the other content type, after running the route', async () => {
    const { emulator } = await served({
      faults: [
        { path: '/query', nth: 1, fault: { kind: 'empty-body' } },
        { path: '/query', nth: 2, fault: { kind: 'wrong-content-type' } },
        { api: 'metadata-soap', times: 1, fault: { kind: 'wrong-content-type' } },
      ],
    });
    const empty = await call(emulator, 'GET', q('SELECT Id FROM User'));
    expect([empty.status, empty.text]).toEqual([200, '']);
    const xml = await call(emulator, 'GET', q('SELECT Id FROM User'));
    expect([xml.status, xml.type, xml.text]).toEqual([
      200,
      'text/xml;charset=UTF-8',
      '<?xml version="1.0" encoding="UTF-8"?><status>ok</status>',
    ]);
    const json = await soap(emulator, 'readMetadata', readMobile);
    expect([json.status, json.text]).toEqual([200, '{"status":"ok"}']);
    expect(emulator.stats.apiCalls).toBe(3);
  });

  it('refuses with 401 (tokens stay valid) and 403 API_DISABLED_FOR_ORG, on REST and OAuth', async () => {
    const { emulator } = await served({
      faults: [
        { path: '/query', nth: 1, fault: { kind: 'http-error', status: 401 } },
        { path: '/query', nth: 2, fault: { kind: 'http-error', status: 403 } },
      ],
    });
    const unauthorized = await call(emulator, 'GET', q('SELECT Id FROM User'));
    expect([unauthorized.status, unauthorized.json]).toEqual([
      401,
      [{ errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid', fields: [] }],
    ]);
    const forbidden = await call(emulator, 'GET', q('SELECT Id FROM User'));
    expect([forbidden.status, (forbidden.json as Array<{ errorCode: string }>)[0]!.errorCode]).toEqual([403, 'API_DISABLED_FOR_ORG']);
    expect((await call(emulator, 'GET', q('SELECT Id FROM User'))).status).toBe(200);
  });
});
