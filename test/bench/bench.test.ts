import { describe, expect, it } from 'vitest';
import { allowedCalls, judge, judgeHtml, judgeScale, type ScaleMeasurement, type SizeMeasurement } from '../../bench/src/judge.js';
import { parseBenchArgs } from '../../bench/src/options.js';
import { fixProfile, orgProfile, scaleOrg, scaleProfile } from '../../bench/src/org-profile.js';
import { orgRows } from '../../bench/src/org-rows.js';
import { straightforwardReads } from '../../bench/src/straightforward.js';
import { modelledWaves } from '../../bench/src/modelled.js';
import { percent, renderSplits, renderTable } from '../../bench/src/table.js';
import { countWaves } from '../../bench/src/waves.js';
import { generateOrg } from '@juston-audit/salesforce-emulator';
import { clean } from '../harness/snapshots.js';

const size = (users: number, optimised: Partial<SizeMeasurement['optimised']>, extra: Partial<SizeMeasurement> = {}): SizeMeasurement => ({
  users,
  neededRows: { justOnUsers: users, licenceRows: users },
  optimised: { apiCalls: 6, waves: 1, wallMs: 300, peakRssMb: 100, ...optimised },
  ...extra,
});

describe('the straightforward way', () => {
  const reads = straightforwardReads();

  it('reads every object the checks look at, whole and unfiltered, one request each', () => {
    const queries = reads.flatMap((r) => (r.kind === 'query' ? [r.soql] : []));
    for (const object of [
      'User',
      'PermissionSetAssignment',
      'PermissionSet',
      'ObjectPermissions',
      'FieldPermissions',
      'UserPackageLicense',
      'SetupEntityAccess',
      'PermissionSetTabSetting',
    ]) {
      expect(queries.some((q) => new RegExp(`FROM ${object}$`).test(q))).toBe(true);
    }
    expect(queries.every((q) => !/\bWHERE\b/.test(q))).toBe(true);
  });

  it('also describes the Balance object and Task, reads the installed packages, remote sites, flows, mobile and content settings', () => {
    expect(reads.filter((r) => r.kind === 'describe').map((r) => (r as { sobject: string }).sobject)).toEqual(['ONB2__Balance__c', 'Task']);
    expect(reads.filter((r) => r.kind === 'tooling-query')).toHaveLength(3);
    expect(reads.filter((r) => r.kind === 'metadata-read')).toEqual([
      { kind: 'metadata-read', type: 'MobileSettings', fullName: 'Mobile' },
      { kind: 'metadata-read', type: 'ContentSettings', fullName: 'Content' },
    ]);
  });
});

describe('countWaves', () => {
  it('counts requests sent together as one wave', () => {
    expect(
      countWaves([
        { start: 0, end: 50 },
        { start: 1, end: 52 },
        { start: 2, end: 51 },
      ]),
    ).toBe(1);
  });

  it('counts a request sent after an answer as the next wave, and finds the longest chain', () => {
    const spans = [
      { start: 0, end: 50 },
      { start: 0, end: 120 },
      { start: 51, end: 100 },
      { start: 101, end: 150 },
      { start: 121, end: 170 },
    ];
    expect(countWaves(spans)).toBe(3);
  });

  it('does not make a page wait for pages of another query, but does for an earlier page of its own', () => {
    const page = (cursor: string, offset: number, start: number, end: number) => ({
      start,
      end,
      label: `GET /services/data/v62.0/query/01g${cursor}-${offset}`,
    });
    const composite = (start: number, end: number) => ({ start, end, label: 'POST /services/data/v62.0/composite' });
    const spans = [composite(0, 50), composite(60, 100), composite(60, 300), page('A', 2000, 101, 200), page('B', 2000, 301, 400)];
    expect(countWaves(spans)).toBe(3);
    expect(countWaves([...spans, page('B', 4000, 401, 500)])).toBe(4);
  });

  it('is 0 without requests and ignores their order in the list', () => {
    expect(countWaves([])).toBe(0);
    expect(
      countWaves([
        { start: 60, end: 90 },
        { start: 0, end: 50 },
      ]),
    ).toBe(2);
  });
});

describe('judge', () => {
  it('passes the targets when the numbers are within them', () => {
    const verdicts = judge(
      [
        size(10, { wallMs: 200 }, { straightforward: { apiCalls: 18, wallMs: 1200 } }),
        size(20000, { apiCalls: 24, waves: 2, wallMs: 5000, peakRssMb: 190 }),
      ],
      { users: 2000, writes: 3, wallMs: 500 },
    );
    expect(verdicts.filter((v) => !v.pass)).toEqual([]);
    expect(verdicts.map((v) => v.target)).toContain('10 users: ≥ 5× faster than the straightforward way');
  });

  it('misses each target it should, with the measured number', () => {
    const verdicts = judge(
      [
        size(10, { waves: 4, apiCalls: 13, wallMs: 600 }, { straightforward: { apiCalls: 18, wallMs: 2000 } }),
        size(20000, { apiCalls: 40, waves: 4, wallMs: 12000, peakRssMb: 400 }),
      ],
      { users: 2000, writes: 16, wallMs: 500 },
    );
    expect(verdicts.filter((v) => v.pass)).toEqual([]);
    expect(verdicts.find((v) => v.target.includes('5×'))!.measured).toMatch(/^3\.3×/);
    expect(verdicts.find((v) => v.target.includes('peak RSS'))!.measured).toBe('400 MB');
  });

  it("allows 12 calls up to 2,000 users, beyond that the small org's calls plus one per further page of needed rows", () => {
    const small = size(10, { apiCalls: 6 });
    const large = size(20000, {}, { neededRows: { justOnUsers: 20003, licenceRows: 20003 } });
    expect(allowedCalls(small, [small, large])).toBe(12);
    expect(allowedCalls(large, [small, large])).toBe(6 + 10 + 10);
    expect(allowedCalls(large, [large])).toBe(12 + 10 + 10);
  });

  it('judges the large org against the small one: the same calls, at most 1.5× the wall time, the emulator not the bottleneck', () => {
    const scale = (calls: number, wallMs: number, emulatorCpuMs: number): ScaleMeasurement => ({
      justOnUsers: 50,
      large: { users: 200_000, permissionSets: 20_000 },
      small: { apiCalls: 7, wallMs: 200 },
      scaled: { apiCalls: calls, wallMs, emulatorCpuMs },
    });
    const within = judgeScale(scale(7, 300, 100));
    expect(within.map((v) => v.pass)).toEqual([true, true, true]);
    expect(within[0].target).toBe(
      '200,000 users, 20,000 permission sets, 50 of them JustOn users: the same API calls as a 50-JustOn-user org',
    );
    const beyond = judgeScale(scale(8, 301, 151));
    expect(beyond.map((v) => v.pass)).toEqual([false, false, false]);
    expect(beyond[1].measured).toBe('1.50× (301 vs 200 ms)');
  });

  it('says when the time targets were measured at another latency, or under the server-time model', () => {
    const verdicts = judge([size(10, {})], undefined, 100);
    expect(verdicts.find((v) => v.target.startsWith('10 users: audit'))!.target).toContain('measured at 100 ms latency');
    const server = judge([size(10, {})], undefined, 'the server-time model');
    expect(server.find((v) => v.target.startsWith('10 users: audit'))!.target).toContain(
      '(measured with the server-time model, target is for a flat 50 ms)',
    );
  });
});

describe('judgeHtml', () => {
  const page = (bytes: number, interactiveMs: number) => ({ bytes, readyMs: interactiveMs - 50, interactiveMs });

  it('the demo ≤ 256 KB; 20,000 users with access ≤ 4 MB, lacking it ≤ 6 MB; each interactive < 3 s', () => {
    const verdicts = judgeHtml({ users: 20000, demoBytes: 43_000, withAccess: page(2 * 2 ** 20, 300), lacking: page(6 * 2 ** 20, 2999) });
    expect(verdicts.map((v) => [v.target, v.pass])).toEqual([
      ['HTML report of the demo: ≤ 256 KB', true],
      ['HTML report, 20,000 users with access: ≤ 4 MB', true],
      ['HTML report, 20,000 users with access: interactive in headless Chromium < 3 s', true],
      ['HTML report, 20,000 users lacking access: ≤ 6 MB', true],
      ['HTML report, 20,000 users lacking access: interactive in headless Chromium < 3 s', true],
    ]);
    expect(verdicts[2].measured).toBe('0.30 s (first rows at 0.25 s)');
  });

  it('misses a page that is too large or too slow', () => {
    const verdicts = judgeHtml({
      users: 20000,
      demoBytes: 300 * 1024,
      withAccess: page(5 * 2 ** 20, 3000),
      lacking: page(6 * 2 ** 20 + 1, 100),
    });
    expect(verdicts.map((v) => v.pass)).toEqual([false, false, false, false, true]);
  });
});

describe('options and orgs', () => {
  it('parses the flags, with defaults and a quick mode', () => {
    expect(parseBenchArgs([])).toMatchObject({ latencyMs: 50, sizes: [10, 1000, 20000], fixUsers: 2000 });
    expect(parseBenchArgs(['--latency-ms', '20', '--sizes=10,20_000'])).toMatchObject({ latencyMs: 20, sizes: [10, 20000] });
    expect(parseBenchArgs(['--quick'])).toMatchObject({ sizes: [10, 1000], fixUsers: 200, repeats: 1, scaleUsers: 0 });
    expect(parseBenchArgs(['--scale-users', '20_000'])).toMatchObject({ scaleUsers: 20_000 });
    expect(parseBenchArgs([])).toMatchObject({ htmlUsers: 20_000 });
    expect(parseBenchArgs(['--quick'])).toMatchObject({ htmlUsers: 1000 });
    expect(parseBenchArgs(['--html-users', '0'])).toMatchObject({ htmlUsers: 0 });
    expect(parseBenchArgs([])).toMatchObject({
      scaleUsers: 200_000,
      models: ['flat', 'server'],
      splits: ['fewest', 'planned', 'unbounded'],
      timing: { roundTripMs: 50, perSubrequestMs: 20, perThousandRowsMs: 50 },
    });
    expect(
      parseBenchArgs(['--models', 'server', '--splits=fewest', '--round-trip-ms', '80', '--per-thousand-rows-ms', '10']),
    ).toMatchObject({
      models: ['server'],
      splits: ['fewest', 'planned'],
      timing: { roundTripMs: 80, perSubrequestMs: 20, perThousandRowsMs: 10 },
    });
    expect(() => parseBenchArgs(['--models', 'fast'])).toThrow("--models: expected some of flat, server, got 'fast'");
    expect(() => parseBenchArgs(['--sizes', 'ten'])).toThrow(/not a non-negative number/);
    expect(() => parseBenchArgs(['--bogus'])).toThrow(/unknown option/);
  });

  it('generates the stated number of JustOn users, with noise the collector must not read', () => {
    const { size: counts, neededRows } = orgRows(generateOrg(clean(), orgProfile(1000)));
    expect(neededRows.justOnUsers).toBe(1000 + 3);
    expect(counts.users).toBeGreaterThan(1200);
    expect(counts.fieldPermissions).toBeGreaterThan(1000);
    expect(orgRows(generateOrg(clean(), fixProfile(50))).neededRows.justOnUsers).toBe(50 + 3);
  });

  it("makes the scale scenario's large org of the stated users and permission sets around the small org's JustOn users", () => {
    const base = clean();
    const large = orgRows(generateOrg(base, scaleProfile(base, scaleOrg(4000))));
    const small = orgRows(generateOrg(base, orgProfile(50)));
    expect(large.size).toMatchObject({ users: 4000, permissionSets: 400 });
    expect(large.size.assignments).toBeGreaterThan(3 * 3900);
    expect(large.neededRows).toEqual(small.neededRows);
  });

  it('renders a side-by-side table with the wall time and ratio under each timing model', () => {
    const row = {
      users: 10,
      ours: { apiCalls: 6, waves: 1, collectorWaves: 1, peakRssMb: 90 },
      straightforward: { apiCalls: 18, waves: 18, peakRssMb: 95 },
      wall: { flat: { ours: 200, straightforward: 1300 }, server: { ours: 250, straightforward: 2000 } },
    };
    expect(renderTable([row], ['flat', 'server'])).toMatch(
      /^10 .*\| +6 +18 \| +1 +18 \| +200 ms +1300 ms +6\.5× \| +250 ms +2000 ms +8\.0× \| +90 +95$/m,
    );
    expect(renderTable([row], ['server'])).toMatch(/^10 .*\| +1 +18 \| +250 ms +2000 ms +8\.0× \| +90 +95$/m);
  });

  it('renders the splits under a model, each against the fewest calls, modelled under the server-time model only', () => {
    const table = renderSplits(
      [
        {
          users: 1000,
          splits: { fewest: { apiCalls: 7, wallMs: 800, modelledMs: 500 }, planned: { apiCalls: 10, wallMs: 700, modelledMs: 450 } },
        },
      ],
      ['fewest', 'planned', 'unbounded'],
    );
    expect(table).toMatch(/^1,000 +\| +7 +800 ms +500 ms \| +10 +700 ms −12% +450 ms −10% \| +– +– +–$/m);
    const flat = renderSplits(
      [{ users: 10, splits: { fewest: { apiCalls: 7, wallMs: 300 }, planned: { apiCalls: 10, wallMs: 330 } } }],
      ['fewest', 'planned'],
    );
    expect(flat).toMatch(/^10 +\| +7 +300 ms +– \| +10 +330 ms \+10% +– *$/m);
    expect([percent(110, 100), percent(100, 100)]).toEqual(['+10%', '+0%']);
  });

  it('models an audit as its preflight, the slowest call of its collection and its slowest page', () => {
    const timing = { roundTripMs: 50, perSubrequestMs: 20, perThousandRowsMs: 50 };
    const entry = (path: string, requests: number, rows: number) =>
      ({ method: 'GET', path, api: 'rest', counted: true, status: 200, work: { requests, rows } }) as const;
    const waves = modelledWaves(
      [
        entry('/services/data/v62.0/composite', 4, 0),
        entry('/services/data/v62.0/composite', 5, 2000),
        entry('/services/data/v62.0/tooling/query?q=x', 1, 10),
        entry('/services/data/v62.0/query/01gABC-2000', 1, 2000),
        entry('/services/data/v62.0/query/01gABC-4000', 1, 1000),
      ],
      timing,
    );
    expect(waves).toEqual({ preflightMs: 130, collectionMs: 250, pagesMs: 170, totalMs: 550 });
  });
});
