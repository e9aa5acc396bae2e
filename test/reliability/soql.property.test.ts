import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fetchRemainingPages, type QueryPage } from '../../src/org/query-pages.js';
import { emptySnapshot, type SObjectRecord, type Snapshot } from '@juston-audit/org-snapshot';
import { createOrgData } from '@juston-audit/salesforce-emulator';
import { serveOrg } from '../harness/emulated-org.js';
import { FAST } from './support.js';
import { OrgClient } from '../../src/org/index.js';

// test/emulator/soql/where-property.test.ts covers WHERE; this file covers ORDER BY, LIMIT, OFFSET,
// projection and COUNT() against a reference, and paging over HTTP (also under transient faults).

interface Lic {
  Id: string;
  NamespacePrefix: string;
  Status: string | null;
  AllowedLicenses: number;
  UsedLicenses: number;
  IsProvisioned: boolean | null;
}
type Field = 'NamespacePrefix' | 'Status' | 'AllowedLicenses' | 'UsedLicenses' | 'IsProvisioned';
interface Key {
  field: Field;
  desc: boolean;
  nullsFirst: boolean;
}
interface Query {
  fields: Field[];
  provisioned?: boolean;
  keys: Key[];
  limit?: number;
  offset?: number;
}

const FIELDS: Field[] = ['NamespacePrefix', 'Status', 'AllowedLicenses', 'UsedLicenses', 'IsProvisioned'];
const licArb = fc.record({
  NamespacePrefix: fc.constantFrom('ONB2', 'onb2', 'Abc', 'abd', 'Z_1'),
  Status: fc.constantFrom('Active', 'active', 'Trial', 'Expired', null),
  AllowedLicenses: fc.integer({ min: -1, max: 4 }),
  UsedLicenses: fc.integer({ min: 0, max: 3 }),
  IsProvisioned: fc.constantFrom(true, false, null),
});
const queryArb: fc.Arbitrary<Query> = fc.record(
  {
    fields: fc.subarray(FIELDS),
    provisioned: fc.option(fc.boolean(), { nil: undefined }),
    keys: fc.array(fc.record({ field: fc.constantFrom(...FIELDS), desc: fc.boolean(), nullsFirst: fc.boolean() }), { maxLength: 3 }),
    limit: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
    offset: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
  },
  { requiredKeys: ['fields', 'keys'] },
);

/** Explicit NULLS FIRST/LAST only: the default placement in DESC order is not settled (see the reply to the owner). */
function soql(q: Query, select = ['Id', ...q.fields].join(', ')): string {
  const where = q.provisioned === undefined ? '' : ` WHERE IsProvisioned = ${q.provisioned}`;
  const order = [...q.keys.map((k) => `${k.field} ${k.desc ? 'DESC' : 'ASC'} NULLS ${k.nullsFirst ? 'FIRST' : 'LAST'}`), 'Id'].join(', ');
  return `SELECT ${select} FROM PackageLicense${where} ORDER BY ${order}${q.limit === undefined ? '' : ` LIMIT ${q.limit}`}${q.offset === undefined ? '' : ` OFFSET ${q.offset}`}`;
}

/** The reference: filter, stable multi-key sort (text case-insensitive, booleans false < true), offset, limit. */
function reference(rows: Lic[], q: Query): Lic[] {
  const norm = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : typeof v === 'boolean' ? Number(v) : v);
  const cmp = (a: Lic, b: Lic): number => {
    for (const k of q.keys) {
      const x = norm(a[k.field]);
      const y = norm(b[k.field]);
      if (x === y) continue;
      if (x === null) return k.nullsFirst ? -1 : 1;
      if (y === null) return k.nullsFirst ? 1 : -1;
      const c = (x as number | string) < (y as number | string) ? -1 : 1;
      return k.desc ? -c : c;
    }
    return a.Id < b.Id ? -1 : a.Id > b.Id ? 1 : 0;
  };
  const kept = rows.filter((r) => q.provisioned === undefined || r.IsProvisioned === q.provisioned).sort(cmp);
  const from = q.offset ?? 0;
  return kept.slice(from, q.limit === undefined ? undefined : from + q.limit);
}

const withIds = (recs: Array<Omit<Lic, 'Id'>>): Lic[] => recs.map((r, i) => ({ Id: `050EM${String(i).padStart(10, '0')}AAA`, ...r }));
const licenceOrg = (rows: Lic[]): Snapshot => ({
  ...emptySnapshot('2026-01-01T00:00:00.000Z'),
  records: { PackageLicense: rows as unknown as SObjectRecord[] },
});

describe('SOQL answers equal a reference evaluation', () => {
  it('ORDER BY (several keys, ASC/DESC, NULLS FIRST/LAST), LIMIT, OFFSET and the projected values', () => {
    fc.assert(
      fc.property(fc.array(licArb, { maxLength: 14 }), queryArb, (recs, q) => {
        const rows = withIds(recs);
        const got = createOrgData(licenceOrg(rows)).query(soql(q), { api: 'data' });
        const want = reference(rows, q);
        expect(got.records.map((r) => r.Id)).toEqual(want.map((r) => r.Id));
        expect(got.totalSize).toBe(want.length);
        got.records.forEach((record, i) => {
          const { attributes: _a, ...values } = record;
          expect(values).toEqual(Object.fromEntries(['Id', ...q.fields].map((f) => [f, want[i]![f as keyof Lic]])));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('COUNT() counts the filtered rows, at most LIMIT', () => {
    fc.assert(
      fc.property(
        fc.array(licArb, { maxLength: 14 }),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 16 }), { nil: undefined }),
        (recs, provisioned, limit) => {
          const rows = withIds(recs);
          const where = provisioned === undefined ? '' : ` WHERE IsProvisioned = ${provisioned}`;
          const got = createOrgData(licenceOrg(rows)).query(
            `SELECT COUNT() FROM PackageLicense${where}${limit === undefined ? '' : ` LIMIT ${limit}`}`,
            { api: 'data' },
          );
          const matching = rows.filter((r) => provisioned === undefined || r.IsProvisioned === provisioned).length;
          expect(got).toEqual({ totalSize: Math.min(matching, limit ?? Infinity), records: [] });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('paging over HTTP never loses or repeats a record', () => {
  const pagingArb = fc.record({
    count: fc.integer({ min: 0, max: 45 }),
    pageSize: fc.integer({ min: 1, max: 12 }),
    desc: fc.boolean(),
    failing: fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 3 }),
  });

  it('jsforce autoFetch; our client with computed locators and page by page, through transient 503s', async () => {
    await fc.assert(
      fc.asyncProperty(pagingArb, async ({ count, pageSize, desc, failing }) => {
        const rows = withIds(
          Array.from({ length: count }, (_, i) => ({
            NamespacePrefix: `N${i % 7}`,
            Status: null,
            AllowedLicenses: i % 5,
            UsedLicenses: 0,
            IsProvisioned: i % 3 === 0,
          })),
        );
        const statement = `SELECT Id, NamespacePrefix FROM PackageLicense ORDER BY AllowedLicenses ${desc ? 'DESC' : 'ASC'}, Id`;
        const want = [...rows]
          .sort((a, b) => (a.AllowedLicenses - b.AllowedLicenses) * (desc ? -1 : 1) || (a.Id < b.Id ? -1 : 1))
          .map((r) => r.Id);
        const served = await serveOrg(licenceOrg(rows), { pageSize });
        // Transient faults on some page requests (our client retries them; jsforce's autoFetch runs without,
        // since its own GET retry would wait 15.5 s): the answer must not change.
        const arm = () => {
          served.emulator.faults.clear();
          for (const nth of new Set(failing))
            served.emulator.faults.add({ path: /\/query\/01g/, nth, fault: { kind: 'http-error', status: 503 } });
        };
        try {
          const auto = await served.connection().query(statement).run({ autoFetch: true, maxFetch: 1_000 });
          expect(auto.records.map((r) => r.Id)).toEqual(want);

          arm();
          const client = new OrgClient(served.connection(), FAST);
          const first = await client.get<QueryPage>(`/query?q=${encodeURIComponent(statement)}`);
          const rest = await fetchRemainingPages(client, first, () => {});
          expect([...first.records, ...rest].map((r) => r.Id)).toEqual(want);
          expect(first.totalSize).toBe(count);

          arm();
          const followed = [...first.records];
          for (let page = first; !page.done && page.nextRecordsUrl;) {
            page = await client.get<QueryPage>(page.nextRecordsUrl);
            followed.push(...page.records);
          }
          expect(followed.map((r) => r.Id)).toEqual(want);
        } finally {
          await served.emulator.close();
        }
      }),
      { numRuns: 40 },
    );
  });
});
