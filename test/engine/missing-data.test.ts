import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.js';
import { rules } from '../../src/rules/index.js';
import { inNamespace } from '../../src/rules/shared/data.js';
import type { SnapshotKey } from '@juston-audit/org-snapshot';
import { clean, modify, misconfigured } from '../harness/snapshots.js';

const cases = rules.flatMap((r) => inNamespace(r.meta.requires, 'ONB2').map((key) => [r.meta.id, key] as const));
const allKeys = [...new Set(cases.map(([, k]) => k))];

/** Removes the data behind a key (as if the collector had not read it). */
function drop(key: SnapshotKey) {
  return modify(clean(), (s) => {
    const [area, ...rest] = key.split('.');
    if (area === 'records') delete s.records[rest.join('.')];
    if (area === 'tooling') delete s.tooling[rest.join('.')];
    if (area === 'metadata') delete s.metadata[rest[0]];
  });
}

describe('a rule never passes on missing data', () => {
  it.each(cases)('%s is inconclusive when %s is unreadable', (id, key) => {
    const s = modify(clean(), (x) => {
      x.unreadable = { [key]: 'INSUFFICIENT_ACCESS' };
    });
    const r = evaluate(s).results.find((x) => x.ruleId === id)!;
    expect(r.status).toBe('inconclusive');
    expect(r.reason).toContain(`${key} could not be read (INSUFFICIENT_ACCESS)`);
  });

  it.each(cases.filter(([, k]) => !k.startsWith('describe.')))('%s is inconclusive when %s was not collected', (id, key) => {
    const r = evaluate(drop(key)).results.find((x) => x.ruleId === id)!;
    // Dropping the package tooling data may also make package-dependent rules not-applicable; never pass.
    expect(['inconclusive', 'not-applicable']).toContain(r.status);
    if (!key.startsWith('tooling.')) expect(r.status).toBe('inconclusive');
  });

  it('holds for any combination of unreadable keys, on both samples', () => {
    fc.assert(
      fc.property(fc.subarray(allKeys, { minLength: 1 }), fc.boolean(), (keys, useClean) => {
        const s = modify(useClean ? clean() : misconfigured(), (x) => {
          x.unreadable = Object.fromEntries(keys.map((k) => [k, 'denied']));
        });
        for (const r of evaluate(s).results) {
          const rule = rules.find((x) => x.meta.id === r.ruleId)!;
          if (inNamespace(rule.meta.requires, 'ONB2').some((k) => keys.includes(k))) expect(r.status, r.ruleId).not.toBe('pass');
        }
      }),
      { numRuns: 60 },
    );
  });
});
