import { describe, expect, it } from 'vitest';
import { API_VERSION, connect, emulator } from './setup.js';

describe('query and paging', () => {
  it('serves the first page only without autoFetch, with totalSize and a relative nextRecordsUrl', async () => {
    const emu = await emulator({ pageSize: 3 });
    const result = await connect(emu).query('SELECT Id, Name FROM Account');
    expect(result.totalSize).toBe(7);
    expect(result.done).toBe(false);
    expect(result.records).toHaveLength(3);
    expect(result.nextRecordsUrl).toMatch(new RegExp(`/services/data/v${API_VERSION}/query/01g[0-9A-Za-z]{15}-3$`));
    expect(result.records[0]).toMatchObject({ attributes: { type: 'Account' }, Name: 'Account 1' });
  });

  it('returns every row exactly once with autoFetch, one API call per page', async () => {
    const emu = await emulator({ pageSize: 3 });
    const records = await connect(emu).query('SELECT Id, Name FROM Account').run({ autoFetch: true, maxFetch: 100 });
    const ids = records.records.map((r) => r.Id);
    expect(ids).toHaveLength(7);
    expect(new Set(ids).size).toBe(7);
    expect(emu.stats.apiCalls).toBe(3);
    expect(emu.stats.requests.map((r) => r.path.split('?')[0]!.replace(/01g\w+/, 'LOC'))).toEqual([
      `/services/data/v${API_VERSION}/query`,
      `/services/data/v${API_VERSION}/query/LOC-3`,
      `/services/data/v${API_VERSION}/query/LOC-6`,
    ]);
  });

  it('serves any offset of a cursor concurrently and repeatedly (computed locators)', async () => {
    const emu = await emulator({ pageSize: 2 });
    const conn = connect(emu);
    const first = await conn.query('SELECT Id FROM Account');
    const cursorId = /query\/(01g\w+)-2$/.exec(first.nextRecordsUrl!)![1]!;
    const pages = await Promise.all([6, 4, 2, 4].map((offset) => conn.queryMore(`${cursorId}-${offset}`)));
    expect(pages.map((p) => p.records.length)).toEqual([1, 2, 2, 2]);
    expect(pages[0]!.done).toBe(true);
    expect(pages[0]!.nextRecordsUrl).toBeUndefined();
    expect(pages.every((p) => p.totalSize === 7)).toBe(true);
    const all = [first, pages[2]!, pages[1]!, pages[0]!].flatMap((p) => p.records.map((r) => r.Id));
    expect(new Set(all).size).toBe(7);
  });

  it('rejects unknown, out-of-range and expired locators with INVALID_QUERY_LOCATOR', async () => {
    const emu = await emulator({ pageSize: 2, queryCursorTtlMs: 50 });
    const conn = connect(emu);
    await expect(conn.queryMore('01gAAAAAAAAAAAAAAA-2')).rejects.toMatchObject({ errorCode: 'INVALID_QUERY_LOCATOR' });
    const first = await conn.query('SELECT Id FROM Account');
    const cursorId = /query\/(01g\w+)-2$/.exec(first.nextRecordsUrl!)![1]!;
    await expect(conn.queryMore(`${cursorId}-7`)).rejects.toMatchObject({ errorCode: 'INVALID_QUERY_LOCATOR' });
    await new Promise((r) => setTimeout(r, 80));
    await expect(conn.queryMore(`${cursorId}-2`)).rejects.toMatchObject({ errorCode: 'INVALID_QUERY_LOCATOR' });
  });

  it('honours Sforce-Query-Options batchSize within 200–2000, capped by the page size', async () => {
    const emu = await emulator({ orgData: (await import('./fake-org-data.js')).fakeOrgData(450) });
    const conn = connect(emu);
    const url = `/services/data/v${API_VERSION}/query?q=${encodeURIComponent('SELECT Id FROM Account')}`;
    const small = await conn.request<{ records: unknown[]; done: boolean }>({ method: 'GET', url, headers: { 'Sforce-Query-Options': 'batchSize=50' } });
    expect(small.records).toHaveLength(200);
    const big = await conn.request<{ records: unknown[]; done: boolean }>({ method: 'GET', url, headers: { 'Sforce-Query-Options': 'batchSize=300' } });
    expect(big.records).toHaveLength(300);
    expect(big.done).toBe(false);
  });

  it('pages Tooling queries under /tooling/query and serves queryAll', async () => {
    const emu = await emulator({ pageSize: 1 });
    const conn = connect(emu);
    const tooling = await conn.tooling.query('SELECT Id, SiteName FROM RemoteProxy').run({ autoFetch: true });
    expect(tooling.records.map((r) => r.SiteName)).toEqual(['JustOn', 'JustOnApi']);
    expect(emu.stats.requests[1]!.path).toMatch(new RegExp(`^/services/data/v${API_VERSION}/tooling/query/01g\\w+-1$`));
    const all = await conn.query('SELECT Id FROM Account', { scanAll: true }).run({ autoFetch: true });
    expect(all.records).toHaveLength(7);
    expect(emu.stats.requests.map((r) => r.api)).toEqual(['tooling', 'tooling', ...Array(7).fill('rest')]);
    expect(emu.stats.requests[2]!.path).toContain('/queryAll?q=');
    expect(emu.stats.requests[3]!.path).toMatch(/\/query\/01g/);
  });
});
