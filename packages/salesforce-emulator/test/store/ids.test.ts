import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdGenerator, idKey, to18 } from '../../src/store/ids.js';
import { Table } from '../../src/store/table.js';

describe('ids', () => {
  it('computes the case-safe suffix', () => {
    expect(to18('0055g0000000001')).toBe('0055g0000000001AAA');
    expect(to18('0Pa5g0000000101')).toBe('0Pa5g0000000101CAA');
    expect(to18('001D000000IqhSL')).toBe('001D000000IqhSLIAZ');
  });

  it('hands out unique 18-character Ids with the key prefix, skipping taken ones', () => {
    const taken = new Set(['0PSEM0000000001']);
    const gen = new IdGenerator((k) => taken.has(k));
    const ids = Array.from({ length: 200 }, () => gen.next('0PS'));
    expect(new Set(ids).size).toBe(200);
    expect(ids.every((id) => id.length === 18 && id.startsWith('0PS') && !taken.has(idKey(id)))).toBe(true);
  });
});

describe('Table indexes', () => {
  it('stay consistent with a scan through any sequence of inserts, updates and removes', () => {
    const op = fc.oneof(
      fc.record({ k: fc.constant('ins' as const), id: fc.integer({ min: 0, max: 9 }), p: fc.integer({ min: 0, max: 3 }) }),
      fc.record({
        k: fc.constant('set' as const),
        id: fc.integer({ min: 0, max: 9 }),
        p: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
      }),
      fc.record({ k: fc.constant('del' as const), id: fc.integer({ min: 0, max: 9 }) }),
    );
    const rid = (n: number) => `0PaEM000000000${n}AAA`;
    const pid = (n: number) => `0PSEM000000000${n}AAA`;
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const t = new Table('PermissionSetAssignment', ['PermissionSetId']);
        for (const o of ops) {
          if (o.k === 'ins' && !t.get(rid(o.id))) t.insert({ Id: rid(o.id), PermissionSetId: pid(o.p) });
          if (o.k === 'set') t.set(rid(o.id), { PermissionSetId: o.p === null ? null : pid(o.p) });
          if (o.k === 'del') t.remove(rid(o.id));
        }
        for (let p = 0; p < 4; p++) {
          const viaIndex = t.lookup('PermissionSetId', [pid(p).slice(0, 15)]).map((r) => r.Id);
          expect(viaIndex).toEqual(
            t
              .scan()
              .filter((r) => r.PermissionSetId === pid(p))
              .map((r) => r.Id),
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});
