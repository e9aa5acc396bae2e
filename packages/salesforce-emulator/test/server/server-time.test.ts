import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVER_TIMING, modelledResponseMs } from '../../src/http/server-time.js';
import { API_VERSION, SAMPLE, connect, emulator, sampleOrg } from './sample-emulator.js';

const base = `/services/data/v${API_VERSION}`;
const FIELD_PERMS = 'SELECT Id, Field FROM FieldPermissions';
const queryUrl = (soql: string) => `${base}/query?q=${encodeURIComponent(soql)}`;
const subquery = (i: number) => ({ method: 'GET', url: queryUrl(`${FIELD_PERMS} LIMIT ${i + 1}`), referenceId: `q${i}` });

async function timed(run: () => PromiseLike<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

describe('server work per HTTP request', () => {
  it('counts a query as one request with the rows it examined plus those it returned, a later page by its rows', async () => {
    const emu = await emulator({ pageSize: 5 });
    await connect(emu).query(FIELD_PERMS).run({ autoFetch: true, maxFetch: 100 });
    // No WHERE: all 16 rows examined; pages of 5, 5, 5 and 1 returned.
    expect(emu.stats.requests.map((r) => r.work)).toEqual([
      { requests: 1, rows: SAMPLE.fieldPermissions + 5 },
      { requests: 1, rows: 5 },
      { requests: 1, rows: 5 },
      { requests: 1, rows: 1 },
    ]);
  });

  it('counts child rows a query returns, and only the candidate rows an index picks as examined', async () => {
    const emu = await emulator();
    const result = await connect(emu).query<{ PermissionSetAssignments: { totalSize: number } | null }>(
      `SELECT Id, (SELECT Id FROM PermissionSetAssignments) FROM User WHERE Id = '${SAMPLE.admin.id}'`,
    );
    const children = result.records[0]!.PermissionSetAssignments?.totalSize ?? 0;
    expect(children).toBeGreaterThan(0);
    expect(emu.stats.requests[0]!.work).toEqual({ requests: 1, rows: 1 + 1 + children });
  });

  it('counts each subrequest of a composite request, not the envelope', async () => {
    const emu = await emulator();
    await connect(emu).requestPost(`${base}/composite`, {
      compositeRequest: [subquery(0), { method: 'GET', url: `${base}/sobjects/User/describe`, referenceId: 'd' }, subquery(2)],
    });
    // LIMIT 1 and LIMIT 3 both examine every row before the limit cuts them.
    expect(emu.stats.requests[0]!.work).toEqual({ requests: 3, rows: SAMPLE.fieldPermissions + 1 + SAMPLE.fieldPermissions + 3 });
  });

  it('counts no REST request for SOAP and OAuth requests', async () => {
    const emu = await emulator();
    await connect(emu).metadata.read('MobileSettings', 'Mobile');
    expect(emu.stats.requests[0]).toMatchObject({ api: 'metadata-soap', work: { requests: 0, rows: 0 } });
  });
});

describe('server-time model', () => {
  it('costs a round trip plus server time per (sub)request and per thousand rows, at least one request each', () => {
    const timing = { roundTripMs: 50, perSubrequestMs: 20, perThousandRowsMs: 50 };
    expect(modelledResponseMs(timing, { requests: 0, rows: 0 })).toBe(70);
    expect(modelledResponseMs(timing, { requests: 5, rows: 4000 })).toBe(50 + 100 + 200);
  });

  it('runs the subrequests of a composite request one after another, separate requests side by side', async () => {
    const emu = await emulator({ timing: { roundTripMs: 0, perSubrequestMs: 150, perThousandRowsMs: 0 } });
    const conn = connect(emu);
    const composite = await timed(() => conn.requestPost(`${base}/composite`, { compositeRequest: [0, 1, 2, 3].map(subquery) }));
    expect(composite).toBeGreaterThanOrEqual(4 * 150 - 5);
    const parallel = await timed(() => Promise.all([0, 1, 2, 3].map((i) => conn.query(`${FIELD_PERMS} LIMIT ${i + 1}`))));
    expect(parallel).toBeGreaterThanOrEqual(150 - 5);
    expect(parallel).toBeLessThan(2 * 150); // 600 ms if they were served in turn
  });

  it('takes longer for a query that examines and returns more rows', async () => {
    const emu = await emulator({
      orgData: sampleOrg(400),
      timing: { roundTripMs: 0, perSubrequestMs: 0, perThousandRowsMs: 1000 },
    });
    const conn = connect(emu);
    const oneRow = await timed(() => conn.query(`SELECT Id FROM PermissionSet WHERE Id = '0PS9${'0'.repeat(11)}AAA'`));
    const allRows = await timed(() => conn.query('SELECT Id FROM PermissionSet'));
    const [few, many] = emu.stats.requests.map((r) => r.work.rows);
    expect([few, many]).toEqual([2, 2 * (SAMPLE.permissionSets + 400)]);
    expect(allRows).toBeGreaterThanOrEqual(many! - 5);
    expect(oneRow).toBeLessThan(many! / 2);
  });

  it('fills in the defaults for what timing leaves out, and refuses latencyMs beside it', async () => {
    const emu = await emulator({ timing: { perThousandRowsMs: 0 } });
    const elapsed = await timed(() => connect(emu).query('SELECT Id FROM Organization'));
    expect(elapsed).toBeGreaterThanOrEqual(DEFAULT_SERVER_TIMING.roundTripMs + DEFAULT_SERVER_TIMING.perSubrequestMs - 5);
    await expect(emulator({ latencyMs: 10, timing: {} })).rejects.toThrow('latencyMs and timing are two timing models: give one');
  });
});
