import { beforeAll, describe, expect, it } from 'vitest';
import { baselineLine, baselineState, compareToBaseline, newFindings } from '../../src/report/baseline.js';
import { auditOutcome } from '../../src/report/gate.js';
import type { AuditRun } from '../../src/report/types.js';
import { baselineOf, findingsOf, goneFinding, withTypicalBaseline } from './fixtures/baseline.js';
import { loadSample, runFor, sampleRun, SUPPRESSING_CONFIG } from './fixtures/runs.js';

let misconfigured: AuditRun;
const gate = (run: AuditRun, failOn: 'error' | 'warning' | 'note' = 'error') => auditOutcome([run], { failOn, allowInconclusive: false });
const compared = (run: AuditRun, findings = findingsOf(run)): AuditRun => ({
  ...run,
  baseline: compareToBaseline(run.result, baselineOf(run, findings)),
});

beforeAll(async () => {
  misconfigured = await sampleRun('misconfigured-org');
});

describe('comparing a run with its baseline by fingerprint', () => {
  it('a baseline with the same findings: every finding unchanged, none absent, and the failing run exits ok', () => {
    const run = compared(misconfigured);
    expect(gate(misconfigured)).toBe('failing');
    expect(run.baseline!.unchanged.size).toBe(findingsOf(misconfigured).length);
    expect(run.baseline!.absent).toEqual([]);
    expect(newFindings(run, run.baseline!)).toEqual([]);
    expect(gate(run)).toBe('ok');
    expect(baselineLine(run, run.baseline!)).toBe('0 new, 0 fixed since 2026-11-19 09:30 UTC');
  });

  it('a finding the baseline lacked is new and fails the run at or above --fail-on only', () => {
    const run = withTypicalBaseline(misconfigured);
    const fresh = newFindings(run, run.baseline!);
    expect(fresh.map((f) => `${f.ruleId} ${f.resource.key} ${f.severity}`)).toEqual([
      'session/browser-caching-disabled MobileSettings/Mobile warning',
    ]);
    expect(baselineState(run.baseline!, fresh[0])).toBe('new');
    expect(gate(run, 'error')).toBe('ok');
    expect(gate(run, 'warning')).toBe('failing');
  });

  it('a baseline finding that is gone is absent (fixed) when its rule was evaluated again', () => {
    const run = withTypicalBaseline(misconfigured);
    expect(run.baseline!.absent.map((f) => `${f.ruleId} ${f.resource.key}`)).toEqual(['license/assigned User/0055g0000000099AAA']);
    expect(baselineLine(run, run.baseline!)).toBe('1 new, 1 fixed since 2026-11-19 09:30 UTC');
  });

  it('a gone finding of a rule that is now inconclusive or turned off is not absent: nothing proves it fixed', async () => {
    const blind = runFor(
      { ...(await loadSample('misconfigured-org')), unreadable: { 'records.PermissionSetTabSetting': 'INSUFFICIENT_ACCESS' } },
      { ...SUPPRESSING_CONFIG, rules: { 'jobs/failures': 'off' } },
    );
    expect(blind.result.results.find((r) => r.ruleId === 'access/balance-tab')?.status).toBe('inconclusive');
    const run = compared(blind, [...findingsOf(blind), goneFinding(blind, 'access/balance-tab'), goneFinding(blind, 'jobs/failures')]);
    expect(run.baseline!.absent).toEqual([]);
  });

  it('a new finding that is suppressed, or of a manual rule, does not fail the run', () => {
    const notSuppressedOrManual = findingsOf(misconfigured).filter(
      (f) => f.ruleId !== 'license/assigned' && f.ruleId !== 'support/login-access',
    );
    const run = compared(misconfigured, notSuppressedOrManual);
    expect(newFindings(run, run.baseline!).map((f) => f.ruleId)).toEqual(['license/assigned', 'support/login-access']);
    expect(gate(run, 'note')).toBe('ok');
  });

  it('an inconclusive rule still makes the run incomplete', async () => {
    const blind = runFor({
      ...(await loadSample('misconfigured-org')),
      unreadable: { 'records.PermissionSetTabSetting': 'INSUFFICIENT_ACCESS' },
    });
    expect(gate(compared(blind))).toBe('incomplete');
  });
});
