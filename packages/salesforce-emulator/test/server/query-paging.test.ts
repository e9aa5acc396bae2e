import { describe, expect, it } from 'vitest';
import { API_VERSION, SAMPLE, connect, emulator, sampleOrg } from './sample-emulator.js';

const FIELD_PERMS = 'SELECT Id, Field FROM FieldPermissions';

describe('query and paging', () => {
  it('serves the first page only without autoFetch, with totalSize and a relative nextRecordsUrl', async () => {
    const emu = await emulator({ pageSize: 5 });
    const result = await connect(emu).query(FIELD_PERMS);
    expect(result.totalSize).toBe(SAMPLE.fieldPermissions);
    expect(result.done).toBe(false);
    expect(result.records).toHaveLength(5);
    expect(result.nextRecordsUrl).toMatch(new RegExp(`/services/data/v${API_VERSION}/query/01g[0-9A-Za-z]{15}-5$`));
    expect(result.records[0]).toMatchObject({ attributes: { type: 'FieldPermissions' }, Field: expect.any(String) });
  });

  it('returns every row exactly once with autoFetch, one API call per page', async () => {
    const emu = await emulator({ pageSize: 5 });
    const result = await connect(emu).query(FIELD_PERMS).run({ autoFetch: true, maxFetch: 100 });
    const ids = result.records.map((r) => r.Id);
    expect(ids).toHaveLength(16);
    expect(new Set(ids).size).toBe(16);
    expect(emu.stats.apiCalls).toBe(4);
    expect(emu.stats.requests.map((r) => r.path.split('?')[0]!.replace(/01g\w+/, 'LOC'))).toEqual([
      `/services/data/v${API_VERSION}/query`,
      `/services/data/v${API_VERSION}/query/LOC-5`,
      `/services/data/v${API_VERSION}/query/LOC-10`,
      `/services/data/v${API_VERSION}/query/LOC-15`,
    ]);
  });

  it('serves any offset of a cursor concurrently and repeatedly (computed locators)', async () => {
    const emu = await emulator({ pageSize: 5 });
    const conn = connect(emu);
    const first = await conn.query(FIELD_PERMS);
    const cursorId = /query\/(01g\w+)-5$/.exec(first.nextRecordsUrl!)![1]!;
    const pages = await Promise.all([15, 10, 5, 10].map((offset) => conn.queryMore(`${cursorId}-${offset}`)));
    expect(pages.map((p) => p.records.length)).toEqual([1, 5, 5, 5]);
    expect(pages[0]!.done).toBe(true);
    expect(pages[0]!.nextRecordsUrl).toBeUndefined();
    expect(pages[1]!.nextRecordsUrl).toMatch(/-15$/);
    expect(pages.every((p) => p.totalSize === 16)).toBe(true);
    const all = [first, pages[2]!, pages[1]!, pages[0]!].flatMap((p) => p.records.map((r) => r.Id));
    expect(new Set(all).size).toBe(16);
  });

  it('rejects unknown, out-of-range and expired locators with INVALID_QUERY_LOCATOR', async () => {
    const emu = await emulator({ pageSize: 5, queryCursorTtlMs: 50 });
    const conn = connect(emu);
    await expect(conn.queryMore('01gAAAAAAAAAAAAAAA-5')).rejects.toMatchObject({ errorCode: 'INVALID_QUERY_LOCATOR' });
    const first = await conn.query(FIELD_PERMS);
    const cursorId = /query\/(01g\w+)-5$/.exec(first.nextRecordsUrl!)![1]!;
    await expect(conn.queryMore(`${cursorId}-16`)).rejects.toMatchObject({ errorCode: 'INVALID_QUERY_LOCATOR' });
    await new Promise((r) => setTimeout(r, 80));
    await expect(conn.queryMore(`${cursorId}-5`)).rejects.toMatchObject({ errorCode: 'INVALID_QUERY_LOCATOR' });
  });

  it('honours Sforce-Query-Options batchSize within 200–2000, capped by the page size', async () => {
    const emu = await emulator({ orgData: sampleOrg(450) });
    const conn = connect(emu);
    const url = `/services/data/v${API_VERSION}/query?q=${encodeURIComponent('SELECT Id FROM PermissionSet')}`;
    type Page = { records: unknown[]; done: boolean; totalSize: number };
    const small = await conn.request<Page>({ method: 'GET', url, headers: { 'Sforce-Query-Options': 'batchSize=50' } });
    expect([small.records.length, small.totalSize]).toEqual([200, 455]);
    const big = await conn.request<Page>({ method: 'GET', url, headers: { 'Sforce-Query-Options': 'batchSize=300' } });
    expect([big.records.length, big.done]).toEqual([300, false]);
    expect((await conn.request<Page>(url)).records).toHaveLength(455);
  });

  it('pages Tooling queries under /tooling/query and serves queryAll', async () => {
    const emu = await emulator({ pageSize: 5 });
    const conn = connect(emu);
    const tooling = await conn.tooling.query('SELECT Id FROM FieldPermissions').run({ autoFetch: true });
    expect(tooling.records).toHaveLength(16);
    expect(emu.stats.requests[1]!.path).toMatch(new RegExp(`^/services/data/v${API_VERSION}/tooling/query/01g\\w+-5$`));
    const all = await conn.query(FIELD_PERMS, { scanAll: true }).run({ autoFetch: true });
    expect(all.records).toHaveLength(16);
    expect(emu.stats.requests.map((r) => r.api)).toEqual([...Array(4).fill('tooling'), ...Array(4).fill('rest')]);
    expect(emu.stats.requests[4]!.path).toContain('/queryAll?q=');
    expect(emu.stats.requests[5]!.path).toMatch(/\/query\/01g/);
  });
});
