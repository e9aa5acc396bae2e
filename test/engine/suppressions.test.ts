import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.js';
import { misconfigured } from '../harness/snapshots.js';

// The misconfigured sample was captured at 2026-11-20T09:30Z.
const ANNA = 'User/0055g0000000002AAA';

describe('suppressions', () => {
  it('suppressed findings stay in the results, marked, and stop failing the rule', () => {
    const r = evaluate(misconfigured(), {
      suppressions: [{ rule: 'license/status', reason: 'Licence order is in progress (ticket 4711)', expires: '2026-12-31' }],
    });
    const res = r.results.find((x) => x.ruleId === 'license/status')!;
    expect(res.status).toBe('fail');
    expect(res.findings).toHaveLength(1);
    expect(res.findings[0]).toMatchObject({
      suppressed: true,
      suppression: { reason: 'Licence order is in progress (ticket 4711)', expires: '2026-12-31', expired: false },
    });
    expect(res.failingSeverity).toBeNull();
    expect(r.summary.suppressedFindings).toBe(1);
    expect(r.summary.failing.warning).toBe(4);
    expect(r.suppressions).toEqual([expect.objectContaining({ state: 'active', matched: 1 })]);
  });

  it('matches a resource glob on Type/Id, Type/Name or the fingerprint', () => {
    const byName = evaluate(misconfigured(), {
      suppressions: [{ rule: 'access/balance-object', resource: 'User/*nordwind.example', reason: 'all' }],
    });
    expect(byName.results.find((x) => x.ruleId === 'access/balance-object')!.findings.every((f) => f.suppressed)).toBe(true);
    const byId = evaluate(misconfigured(), { suppressions: [{ rule: 'access/balance-object', resource: ANNA, reason: 'Anna leaves' }] });
    expect(byId.results.find((x) => x.ruleId === 'access/balance-object')!.findings.map((f) => f.suppressed)).toEqual([true, false, false]);
    const fp = byId.results.find((x) => x.ruleId === 'access/balance-object')!.findings[1].fingerprint;
    const byFp = evaluate(misconfigured(), { suppressions: [{ rule: 'access/balance-object', resource: fp, reason: 'by fingerprint' }] });
    expect(byFp.results.find((x) => x.ruleId === 'access/balance-object')!.findings.map((f) => f.suppressed)).toEqual([false, true, false]);
  });

  it('an expired suppression stops suppressing and is reported', () => {
    const r = evaluate(misconfigured(), {
      suppressions: [{ rule: 'access/balance-object', resource: ANNA, reason: 'temporary', expires: '2026-11-19' }],
    });
    const f = r.results.find((x) => x.ruleId === 'access/balance-object')!.findings[0];
    expect(f).toMatchObject({ suppressed: false, suppression: { reason: 'temporary', expires: '2026-11-19', expired: true } });
    expect(r.suppressions[0]).toMatchObject({ state: 'expired', matched: 1 });
  });

  it('a date-only expiry suppresses through that whole day', () => {
    const r = evaluate(misconfigured(), {
      suppressions: [{ rule: 'access/balance-object', resource: ANNA, reason: 'today', expires: '2026-11-20' }],
    });
    expect(r.suppressions[0].state).toBe('active');
  });

  it('an active suppression wins over an expired one for the same finding', () => {
    const r = evaluate(misconfigured(), {
      suppressions: [
        { rule: 'access/balance-object', resource: ANNA, reason: 'old', expires: '2026-01-01' },
        { rule: 'access/balance-object', resource: ANNA, reason: 'new' },
      ],
    });
    expect(r.results.find((x) => x.ruleId === 'access/balance-object')!.findings[0]).toMatchObject({
      suppressed: true,
      suppression: { reason: 'new' },
    });
  });

  it('a suppression that matches nothing is reported as unused', () => {
    const r = evaluate(misconfigured(), { suppressions: [{ rule: 'org/edition-supported', reason: 'stale' }] });
    expect(r.suppressions[0]).toMatchObject({ state: 'unused', matched: 0 });
  });
});
