import { beforeAll, describe, expect, it } from 'vitest';
import type { RuleResult } from '../../src/engine/types.js';
import { exitCodeFor as exitCodeOf } from '../../src/cli/exit-code.js';
import { auditOutcome, type GateOptions } from '../../src/report/gate.js';
import { failedRun } from '../../src/report/failed-run.js';
import type { AuditRun } from '../../src/report/types.js';
import { NOW, sampleRun, TOOL } from './fixtures/runs.js';

const DEFAULT = { failOn: 'error', allowInconclusive: false } as const;

/** The exit code of an audit of `runs`: the gate's outcome, as the CLI edge maps it. */
const exitCodeFor = (runs: AuditRun[], gate: GateOptions) => exitCodeOf(auditOutcome(runs, gate));

let base: AuditRun;
beforeAll(async () => {
  base = await sampleRun('clean-org');
});

/** The clean run with some rule results replaced. */
function withResults(patch: Record<string, Partial<RuleResult>>): AuditRun {
  const run = structuredClone(base);
  run.result.results = run.result.results.map((r) => (patch[r.ruleId] ? { ...r, ...patch[r.ruleId] } : r));
  return run;
}

const failing = (severity: 'error' | 'warning' | 'note'): Partial<RuleResult> => ({ status: 'fail', failingSeverity: severity });

describe('exitCodeFor', () => {
  it('is 0 for a run with only passes, a manual rule and a failing note (default --fail-on error)', () => {
    const run = withResults({ 'org/production-install': failing('note') });
    expect(run.result.results.some((r) => r.status === 'pass')).toBe(true);
    expect(run.result.results.some((r) => r.status === 'manual')).toBe(true);
    expect(exitCodeFor([run], DEFAULT)).toBe(0);
  });

  it('is 1 when a rule fails at or above --fail-on, 0 below it', () => {
    const warning = withResults({ 'session/browser-caching-disabled': failing('warning') });
    expect(exitCodeFor([warning], DEFAULT)).toBe(0);
    expect(exitCodeFor([warning], { ...DEFAULT, failOn: 'warning' })).toBe(1);
    expect(exitCodeFor([warning], { ...DEFAULT, failOn: 'note' })).toBe(1);
    const error = withResults({ 'access/balance-object': failing('error') });
    expect(exitCodeFor([error], DEFAULT)).toBe(1);
    const note = withResults({ 'org/production-install': failing('note') });
    expect(exitCodeFor([note], { ...DEFAULT, failOn: 'note' })).toBe(1);
    expect(exitCodeFor([note], { ...DEFAULT, failOn: 'warning' })).toBe(0);
  });

  it('never fails on suppressed findings (failingSeverity null)', async () => {
    const misconfigured = await sampleRun('misconfigured-org');
    const assigned = misconfigured.result.results.find((r) => r.ruleId === 'license/assigned')!;
    expect(assigned.status).toBe('fail');
    expect(assigned.findings.every((f) => f.suppressed)).toBe(true);
    const run = withResults({
      'license/assigned': { status: 'fail', severity: 'error', failingSeverity: null, findings: assigned.findings },
    });
    expect(exitCodeFor([run], { ...DEFAULT, failOn: 'note' })).toBe(0);
  });

  it('is 3 for an inconclusive rule unless allowed, and 3 takes precedence over 1', () => {
    const blind = withResults({ 'access/balance-tab': { status: 'inconclusive', reason: 'unreadable' } });
    expect(exitCodeFor([blind], DEFAULT)).toBe(3);
    expect(exitCodeFor([blind], { ...DEFAULT, allowInconclusive: true })).toBe(0);
    const both = withResults({ 'access/balance-tab': { status: 'inconclusive' }, 'access/balance-object': failing('error') });
    expect(exitCodeFor([both], DEFAULT)).toBe(3);
    expect(exitCodeFor([both], { ...DEFAULT, allowInconclusive: true })).toBe(1);
  });

  it('is 3 when any org could not be audited, even with allowInconclusive and failing rules elsewhere', () => {
    const broken = failedRun(
      { id: '00D000000000009AAA', name: 'Broken', edition: 'Unknown', isSandbox: false },
      'INVALID_SESSION_ID',
      TOOL,
      NOW,
    );
    const error = withResults({ 'access/balance-object': failing('error') });
    expect(exitCodeFor([error, broken], { ...DEFAULT, allowInconclusive: true })).toBe(3);
    expect(exitCodeFor([base, base], DEFAULT)).toBe(0);
    expect(exitCodeFor([base, error], DEFAULT)).toBe(1);
  });

  it('gives the real misconfigured sample exit 1 and the clean sample exit 0', async () => {
    expect(exitCodeFor([await sampleRun('misconfigured-org')], DEFAULT)).toBe(1);
    expect(exitCodeFor([base], DEFAULT)).toBe(0);
  });
});
