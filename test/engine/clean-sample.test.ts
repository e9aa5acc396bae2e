import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.js';
import { ruleIds } from '../../src/rules/index.js';
import { clean } from '../harness/snapshots.js';

describe('the clean sample org', () => {
  const result = evaluate(clean());

  // The clean org is on the connected-app generation, so the current guide's platform integration does not apply.
  const OTHER: Record<string, string> = { 'support/login-access': 'manual', 'platform/integration': 'not-applicable' };

  it('passes every rule except support/login-access (manual) and platform/integration (another generation)', () => {
    const statuses = Object.fromEntries(result.results.map((r) => [r.ruleId, r.status]));
    const expected = Object.fromEntries(ruleIds.map((id) => [id, OTHER[id] ?? 'pass']));
    expect(statuses).toEqual(expected);
  });

  it('has no failing findings and a perfect score', () => {
    expect(result.summary.failing).toEqual({ error: 0, warning: 0, note: 0 });
    expect(result.summary.score).toBe(100);
    expect(result.summary.counts).toEqual({ pass: ruleIds.length - 2, fail: 0, manual: 1, inconclusive: 0, 'not-applicable': 1 });
  });

  it('passes support/login-access too once a valid attestation is configured', () => {
    const attested = evaluate(clean(), {
      attestations: { 'support/login-access': { by: 'Ada Admin', date: '2026-11-01', expires: '2026-12-01' } },
    });
    expect(attested.results.filter((r) => r.status !== 'pass').map((r) => r.ruleId)).toEqual(['platform/integration']);
  });
});
