import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fewestCalls, splitIntoCalls, type ReadGroup } from '../../src/collect/split-reads.js';

type Read = { id: string; query: boolean };

/** A group of `size` reads named after its index, all queries unless said otherwise. */
function group(index: number, cost: number, size = 1, queries = size): ReadGroup<Read> {
  const reads = Array.from({ length: size }, (_, i) => ({ id: `g${index}r${i}`, query: i < queries }));
  return { reads, cost, queries };
}

const ids = (calls: Read[][]) => calls.map((call) => call.map((read) => read.id));
/** Each call's estimated server time: the sum of its groups' costs. */
const loads = (groups: ReadGroup<Read>[], calls: Read[][]) =>
  calls.map((call) => groups.filter((g) => call.includes(g.reads[0])).reduce((sum, g) => sum + g.cost, 0));
const slowest = (groups: ReadGroup<Read>[], calls: Read[][]) => Math.max(...loads(groups, calls));

describe('splitIntoCalls', () => {
  it('gives each slow read a call of its own and packs the quick ones, within the budget', () => {
    const groups = [group(0, 1), group(1, 6), group(2, 1), group(3, 6), group(4, 1), group(5, 1), group(6, 2, 2)];
    const split = splitIntoCalls(groups, 4);
    expect(ids(split)).toEqual([['g0r0', 'g2r0', 'g5r0'], ['g1r0'], ['g3r0'], ['g4r0', 'g6r0', 'g6r1']]);
    expect(loads(groups, split)).toEqual([3, 6, 6, 3]);
  });

  it('takes no call that would not make the slowest one quicker', () => {
    const groups = [group(0, 6), group(1, 1), group(2, 1), group(3, 1)];
    expect(ids(splitIntoCalls(groups, 10))).toEqual([['g0r0'], ['g1r0', 'g2r0', 'g3r0']]);
  });

  it('with no calls to spare, takes the fewest Salesforce allows (5 queries, 25 subrequests a request), balanced', () => {
    const queries = Array.from({ length: 10 }, (_, i) => group(i, i < 2 ? 5 : 1));
    const split = splitIntoCalls(queries, 0);
    expect(split).toHaveLength(2);
    expect(loads(queries, split)).toEqual([9, 9]);
    expect(fewestCalls(queries)).toBe(2);
    const describes = Array.from({ length: 30 }, (_, i) => group(i, 1, 1, 0));
    expect(fewestCalls(describes)).toBe(2);
  });

  it('keeps a group in one call, in its order, even when that leaves the query slots uneven', () => {
    const groups = [group(0, 1, 2), group(1, 1, 4), group(2, 1, 4)];
    const split = splitIntoCalls(groups, 0);
    expect(split.map((call) => call.filter((read) => read.query).length).every((n) => n <= 5)).toBe(true);
    expect(ids(split)).toEqual([
      ['g0r0', 'g0r1'],
      ['g1r0', 'g1r1', 'g1r2', 'g1r3'],
      ['g2r0', 'g2r1', 'g2r2', 'g2r3'],
    ]);
  });

  it('for any groups and budget: every read once, groups whole and in order, limits kept, budget kept, never slower with more calls', () => {
    const groupArb = fc.record({ cost: fc.double({ min: 0.1, max: 20, noNaN: true }), size: fc.integer({ min: 1, max: 3 }) });
    fc.assert(
      fc.property(fc.array(groupArb, { minLength: 1, maxLength: 20 }), fc.integer({ min: 0, max: 25 }), (specs, budget) => {
        const groups = specs.map((spec, i) => group(i, spec.cost, spec.size, spec.size - (i % 2)));
        const split = splitIntoCalls(groups, budget);
        expect(
          split
            .flat()
            .map((read) => read.id)
            .sort(),
        ).toEqual(groups.flatMap((g) => g.reads.map((read) => read.id)).sort());
        for (const g of groups) {
          const call = split.find((c) => c.includes(g.reads[0]))!;
          const start = call.indexOf(g.reads[0]);
          expect(call.slice(start, start + g.reads.length)).toEqual(g.reads);
        }
        for (const call of split) {
          expect(call.filter((read) => read.query).length).toBeLessThanOrEqual(5);
          expect(call.length).toBeLessThanOrEqual(25);
        }
        expect(split.length).toBeLessThanOrEqual(Math.max(budget, fewestCalls(groups)));
        expect(slowest(groups, split)).toBeLessThanOrEqual(slowest(groups, splitIntoCalls(groups, 0)) + 1e-9);
      }),
    );
  });
});
