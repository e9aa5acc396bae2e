import { describe, expect, it } from 'vitest';
import { score } from '../../src/engine/summary.js';
import type { RuleResult } from '../../src/engine/types.js';

const r = (
  status: RuleResult['status'],
  severity: RuleResult['severity'],
  failingSeverity: RuleResult['failingSeverity'] = null,
): RuleResult => ({
  ruleId: 'x/y',
  title: 't',
  category: 'org',
  severity,
  status,
  findings: [],
  fixable: null,
  failingSeverity,
});

describe('score', () => {
  it('is the severity-weighted share of passing rules', () => {
    // error 3 (pass) + warning 2 (fail) + note 1 (pass) → 4 / 6
    expect(score([r('pass', 'error'), r('fail', 'warning', 'warning'), r('pass', 'note')])).toBe(67);
  });
  it('counts inconclusive as not passing, ignores manual and not-applicable', () => {
    expect(score([r('pass', 'error'), r('inconclusive', 'error'), r('manual', 'note'), r('not-applicable', 'error')])).toBe(50);
  });
  it('counts a failure whose findings are all suppressed as passing', () => {
    expect(score([r('fail', 'error', null)])).toBe(100);
  });
  it('is 100 with nothing to score', () => {
    expect(score([r('manual', 'note')])).toBe(100);
  });
});
