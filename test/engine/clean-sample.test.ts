import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.js';
import { ruleIds } from '../../src/rules/index.js';
import { clean } from '../harness/snapshots.js';

describe('the clean sample org', () => {
  const result = evaluate(clean());

  it('passes every rule except support/login-access, which is manual', () => {
    const statuses = Object.fromEntries(result.results.map((r) => [r.ruleId, r.status]));
    const expected = Object.fromEntries(ruleIds.map((id) => [id, id === 'support/login-access' ? 'manual' : 'pass']));
    expect(statuses).toEqual(expected);
  });

  it('has no failing findings and a perfect score', () => {
    expect(result.summary.failing).toEqual({ error: 0, warning: 0, note: 0 });
    expect(result.summary.score).toBe(100);
    expect(result.summary.counts).toEqual({ pass: 19, fail: 0, manual: 1, inconclusive: 0, 'not-applicable': 0 });
  });

  it('passes support/login-access too once a valid attestation is configured', () => {
    const attested = evaluate(clean(), {
      attestations: { 'support/login-access': { by: 'Ada Admin', date: '2026-11-01', expires: '2026-12-01' } },
    });
    expect(attested.results.every((r) => r.status === 'pass')).toBe(true);
  });
});
