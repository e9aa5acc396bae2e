import { describe, expect, it } from 'vitest';
import { DEFAULT_COLLECT_OPTIONS } from '../../src/collect/collect-options.js';
import { planReads } from '../../src/collect/plan.js';
import { rules } from '../../src/rules/index.js';
import { inNamespace, related } from '../../src/rules/shared/data.js';

// The default plan: reads for configured components (apexClasses, objects …) are checked at run time
// by access/required-components through context.require, not through meta.requires.
const fills = planReads(DEFAULT_COLLECT_OPTIONS).flatMap((read) => read.fills);
const required = rules.flatMap((rule) =>
  inNamespace(rule.meta.requires, DEFAULT_COLLECT_OPTIONS.namespace).map((key) => ({ rule: rule.meta.id, key })),
);
// What rules ask for only in some cases (context.require), e.g. the External Client Apps when there is no connected app.
const sometimes = rules.flatMap((rule) => inNamespace(rule.meta.conditionallyRequires ?? [], DEFAULT_COLLECT_OPTIONS.namespace));

describe('what the rules need and what the collector reads', () => {
  it('every key a rule requires is filled by some read', () => {
    const unfilled = required.filter(({ key }) => !fills.some((fill) => related(key, fill)));
    expect(unfilled).toEqual([]);
  });

  it('every read fills data some rule requires', () => {
    const unneeded = [...new Set(fills)].filter(
      (fill) => !required.some(({ key }) => related(key, fill)) && !sometimes.some((key) => related(key, fill)),
    );
    expect(unneeded).toEqual([]);
  });
});
