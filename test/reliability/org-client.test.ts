import { describe, expect, it } from 'vitest';
import { ReadFailure } from '../../src/org/failures.js';
import { OrgClient } from '../../src/org/index.js';
import { AuditError, AuthError, CollectError } from '../../src/errors.js';
import { API_VERSION, serveOrg } from '../harness/emulated-org.js';
import { clean } from '../harness/snapshots.js';
import { FAST, USERS_QUERY, loginConnection, rejection, served, trail } from './support.js';

const composite = (method: 'GET' | 'PATCH', url: string, body?: unknown) => ({
  allOrNone: false,
  compositeRequest: [{ method, url: `/services/data/v${API_VERSION}${url}`, referenceId: 'r0', ...(body ? { body } : {}) }],
});
const readComposite = composite('GET', USERS_QUERY);

describe('OrgClient retries reads on its own policy, over real HTTP', () => {
  it('retries a read-only composite through two 503s and counts every attempt', async () => {
    const { emulator, fastClient } = await served({
      faults: [{ path: '/composite', times: 2, fault: { kind: 'http-error', status: 503 } }],
    });
    const client = fastClient();
    const result = await client.post<{ compositeResponse: Array<{ httpStatusCode: number }> }>('/composite', readComposite);
    expect(result.compositeResponse[0]!.httpStatusCode).toBe(200);
    expect([client.apiCalls, client.retries]).toEqual([3, 2]);
    expect(trail(emulator.stats.requests)).toEqual(['POST /composite 503', 'POST /composite 503', 'POST /composite 200']);
  });

  it('retries a GET after a connection reset, a truncated JSON body and a 429', async () => {
    const { emulator, fastClient } = await served({
      faults: [
        { request: 1, fault: { kind: 'reset' } },
        { request: 2, fault: { kind: 'truncated-body' } },
        { request: 3, fault: { kind: 'http-error', status: 429 } },
      ],
    });
    const page = await fastClient().get<{ totalSize: number }>(USERS_QUERY);
    expect(page.totalSize).toBe(4);
    expect(trail(emulator.stats.requests)).toEqual(['GET /query 0', 'GET /query 200', 'GET /query 429', 'GET /query 200']);
  });

  it('gives up on an answer slower than the per-request timeout and asks again', async () => {
    const { emulator, fastClient } = await served({ faults: [{ times: 1, fault: { kind: 'delay', ms: 3_000 } }] });
    const started = Date.now();
    const page = await fastClient({ requestTimeoutMs: 150 }).get<{ totalSize: number }>(USERS_QUERY);
    expect(page.totalSize).toBe(4);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(emulator.faults.fired).toHaveLength(1);
  });

  it('retries readMetadata (a read-only SOAP POST) after a malformed XML body and a SOAP server fault', async () => {
    const { emulator, fastClient } = await served({
      faults: [
        { operation: 'readMetadata', nth: 1, fault: { kind: 'malformed-body' } },
        { operation: 'readMetadata', nth: 2, fault: { kind: 'http-error', status: 500 } },
      ],
    });
    const component = await fastClient().readMetadata('MobileSettings', 'Mobile');
    expect(component).toMatchObject({ fullName: 'Mobile' });
    expect(emulator.stats.requests.map((r) => r.status)).toEqual([200, 500, 200]);
  });

  it('after 4 failed attempts gives a one-line ReadFailure (not an AuditError): the read becomes unreadable', async () => {
    const { emulator, fastClient } = await served({ faults: [{ path: '/tooling/query', fault: { kind: 'http-error', status: 503 } }] });
    const error = await rejection(fastClient().get('/tooling/query?q=SELECT+Id+FROM+ApexClass'));
    expect(error).toBeInstanceOf(ReadFailure);
    expect(error).not.toBeInstanceOf(AuditError);
    expect(error.message).toBe(
      'SERVER_UNAVAILABLE: Server temporarily unavailable. Please try again later. (HTTP 503) on GET /tooling/query (gave up after 4 attempts)',
    );
    expect(emulator.stats.requests).toHaveLength(4);
  });

  it('does not retry a Salesforce refusal such as INSUFFICIENT_ACCESS', async () => {
    const { emulator, fastClient } = await served({ faults: [{ fault: { kind: 'deny-access', sobjects: ['User'] } }] });
    const error = await rejection(fastClient().get(USERS_QUERY));
    expect(error).toMatchObject({ errorCode: 'INSUFFICIENT_ACCESS' });
    expect(emulator.stats.requests).toHaveLength(1);
  });
});

describe('OrgClient never retries a write', () => {
  it('sends a composite with a PATCH once, even on a 503', async () => {
    const { emulator, fastClient } = await served({ faults: [{ times: 1, fault: { kind: 'http-error', status: 503 } }] });
    const error = await rejection(
      fastClient().post('/composite', composite('PATCH', '/sobjects/User/0055g0000000001AAA', { FirstName: 'x' })),
    );
    expect(error.message).toMatch(/^SERVER_UNAVAILABLE: .*\(HTTP 503\) on POST \/composite$/);
    expect(emulator.stats.requests).toHaveLength(1);
  });

  it('sends a timed-out write once: its outcome is unknown, so nothing is replayed', async () => {
    const { emulator, fastClient, orgData } = await served({ faults: [{ writes: true, fault: { kind: 'delay', ms: 2_000 } }] });
    const error = await rejection(
      fastClient({ requestTimeoutMs: 100 }).post(
        '/composite',
        composite('PATCH', '/sobjects/User/0055g0000000001AAA', { FirstName: 'Slow' }),
      ),
    );
    expect(error.message).toMatch(/^TIMEOUT: no answer within 100 ms on POST \/composite$/);
    expect(emulator.stats.requests.filter((r) => r.method === 'POST')).toHaveLength(0); // logged only once answered
    expect(orgData.query("SELECT FirstName FROM User WHERE Id = '0055g0000000001AAA'", { api: 'data' }).records[0]!.FirstName).toBe('Slow');
  });
});

describe('OrgClient and expired sessions', () => {
  it('an access-token connection cannot refresh: AuthError at once, one request', async () => {
    const { emulator, fastClient } = await served({ faults: [{ times: 1, fault: { kind: 'session-expired' } }] });
    const error = await rejection(fastClient().get(USERS_QUERY));
    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).toMatch(/^the org refused the session \(INVALID_SESSION_ID\)/);
    expect(error.message).not.toContain('\n');
    expect(emulator.stats.requests).toHaveLength(1);
  });

  it('a conn.login connection: jsforce logs in again and replays, for REST and Metadata SOAP', async () => {
    const { emulator } = await served({
      faults: [
        { api: 'rest', times: 1, fault: { kind: 'session-expired' } },
        { api: 'metadata-soap', times: 1, fault: { kind: 'session-expired' } },
      ],
    });
    const conn = await loginConnection(emulator);
    const firstToken = conn.accessToken;
    const client = new OrgClient(conn, FAST);
    expect((await client.get<{ totalSize: number }>(USERS_QUERY)).totalSize).toBe(4);
    expect(conn.accessToken).not.toBe(firstToken);
    expect(await client.readMetadata('MobileSettings', 'Mobile')).toMatchObject({ fullName: 'Mobile' });
    expect(emulator.stats.requests.map((r) => `${r.api}:${r.operation ?? ''}:${r.status}`)).toEqual([
      'partner-soap:login:200',
      'rest::401',
      'partner-soap:login:200',
      'rest::200',
      'metadata-soap:readMetadata:500',
      'partner-soap:login:200',
      'metadata-soap:readMetadata:200',
    ]);
    expect([client.apiCalls, client.retries]).toEqual([4, 0]);
  });

  it('refreshes at most once per call: a session refused again after the refresh is an AuthError, not a loop', async () => {
    const { emulator } = await served({ faults: [{ api: 'rest', fault: { kind: 'session-expired' } }] });
    const client = new OrgClient(await loginConnection(emulator), FAST);
    const error = await rejection(client.get(USERS_QUERY));
    expect(error).toBeInstanceOf(AuthError);
    expect(trail(emulator.stats.requests)).toEqual([
      'POST /services/Soap/u/62.0 200',
      'GET /query 401',
      'POST /services/Soap/u/62.0 200',
      'GET /query 401',
    ]);
  });

  it('a refresh that fails (password changed) is an AuthError naming the login failure', async () => {
    const { emulator } = await served({ password: 'Old-Pass-1' });
    const conn = await loginConnection(emulator);
    emulator.faults.add({ api: 'partner-soap', fault: { kind: 'http-error', status: 503 } });
    emulator.expireSessions();
    const error = await rejection(new OrgClient(conn, FAST).get(USERS_QUERY));
    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).toMatch(/^the session expired and could not be refreshed \(.+\); log in again \(on GET \/query\)$/);
  });
});

describe('OrgClient whole-run failures', () => {
  it('REQUEST_LIMIT_EXCEEDED is a CollectError at once, never retried', async () => {
    const { emulator, fastClient } = await served({ faults: [{ fault: { kind: 'limit-exceeded' } }] });
    const error = await rejection(fastClient().get(USERS_QUERY));
    expect(error).toBeInstanceOf(CollectError);
    expect(error.message).toBe(
      "the org's daily API request limit is used up (REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.); try again once calls are available (on GET /query)",
    );
    expect(emulator.stats.requests).toHaveLength(1);
  });

  it('a dead port is a CollectError after the retries, in well under a second', async () => {
    const { emulator, client: makeClient } = await serveOrg(clean());
    const client = new OrgClient(makeClient().connection, FAST);
    await emulator.close();
    const started = Date.now();
    const error = await rejection(client.get(USERS_QUERY));
    expect(error).toBeInstanceOf(CollectError);
    expect(error.message).toBe(`could not reach ${emulator.instanceUrl} (ECONNREFUSED)`);
    expect(client.apiCalls).toBe(4);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('the overall deadline ends the run with a CollectError naming --timeout and the last failure', async () => {
    const { fastClient } = await served({ faults: [{ fault: { kind: 'delay', ms: 5_000 } }] });
    const started = Date.now();
    const error = await rejection(fastClient({ timeoutMs: 400, requestTimeoutMs: 150, baseDelayMs: 20 }).get(USERS_QUERY));
    expect(error).toBeInstanceOf(CollectError);
    expect(error.message).toMatch(
      /^could not finish reading http:\/\/127\.0\.0\.1:\d+ within the 0\.4 s deadline \(--timeout\); last failure: TIMEOUT: no answer within \d+ ms on GET \/query$/,
    );
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});
