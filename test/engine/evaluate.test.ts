import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.js';
import type { AuditConfig } from '../../src/config/types.js';
import { InputError } from '../../src/errors.js';
import type { AnyRule } from '../../src/rules/types.js';
import { packageAbsent } from '../harness/fixtures.js';
import { clean, ids, patchRow, withRecords } from '../harness/snapshots.js';
import * as t from './test-rules.js';

const run = (rules: readonly AnyRule[], snapshot = clean(), config: AuditConfig = {}) => evaluate(snapshot, config, { rules });

describe('evaluate: statuses', () => {
  it('a throwing rule is inconclusive with the error, and the run goes on', () => {
    const r = run([t.throwing, t.failing]);
    expect(r.results[0]).toMatchObject({
      ruleId: 'test/throws',
      status: 'inconclusive',
      error: 'boom',
      reason: 'The check failed with an error: boom',
    });
    expect(r.results[1].status).toBe('fail');
  });

  it('missing or unreadable required data is inconclusive with the reason, never pass', () => {
    const snapshot = clean();
    snapshot.unreadable = { 'records.User': 'INSUFFICIENT_ACCESS: no' };
    const r = run([t.needsUsers], snapshot);
    expect(r.results[0].status).toBe('inconclusive');
    expect(r.results[0].reason).toBe(
      'Required data is missing: records.User could not be read (INSUFFICIENT_ACCESS: no); records.Nope was not collected.',
    );
  });

  it('data a rule requires at run time (context.require) is checked too', () => {
    expect(run([t.dynamicNeeds]).results[0]).toMatchObject({
      status: 'inconclusive',
      reason: expect.stringContaining('records.ApexPage was not collected'),
    });
  });

  it('rules that need the package are not-applicable when it is not installed; the others still run', () => {
    const r = evaluate(packageAbsent(clean()));
    const statuses = Object.fromEntries(r.results.map((x) => [x.ruleId, x.status]));
    expect(statuses['package/installed']).toBe('fail');
    expect(statuses['org/edition-supported']).toBe('pass');
    expect(statuses['access/balance-object']).toBe('not-applicable');
    expect(r.results.find((x) => x.ruleId === 'access/balance-object')?.reason).toBe('The ONB2 package is not installed.');
    expect(r.package).toEqual({ state: 'absent' });
  });

  it.each([
    [t.failsWithoutFindings, 'status fail without findings'],
    [t.fixWithoutFixable, 'a fix on a rule that is not fixable'],
    [t.missingPlaceholder, "message 'bad' lacks data for name"],
  ])('a rule that breaks the contract is inconclusive (%#)', (rule, why) => {
    expect(run([rule]).results[0]).toMatchObject({ status: 'inconclusive', reason: `Rule error: ${why}` });
  });
});

describe('evaluate: findings', () => {
  it('interpolates messages, caps severities and fingerprints sha256(ruleId|orgId|resourceKey)', () => {
    const [result] = run([t.failing]).results;
    expect(result.findings.map((f) => [f.message, f.severity, f.resource.key])).toEqual([
      ['Thing A is bad.', 'warning', 'User/005A'],
      ['Thing B is bad.', 'note', 'User/005B'],
    ]);
    const expected = createHash('sha256').update(`test/fails|${ids.org}|User/005A`).digest('hex');
    expect(result.findings[0].fingerprint).toBe(expected);
    expect(result.failingSeverity).toBe('warning');
  });

  it('fingerprints are stable across runs and differ between orgs', () => {
    const a = run([t.failing]).results[0].findings[0].fingerprint;
    expect(run([t.failing]).results[0].findings[0].fingerprint).toBe(a);
    const other = withRecords(clean(), { Organization: patchRow(ids.org, { Id: '00D000000000099AAA' }) });
    expect(run([t.failing], other).results[0].findings[0].fingerprint).not.toBe(a);
  });

  it('two findings on one resource get distinct keys', () => {
    const keys = run([t.sameResourceTwice]).results[0].findings.map((f) => f.resource.key);
    expect(keys).toEqual(['X/1', 'X/1#2']);
  });
});

describe('evaluate: config', () => {
  it('severity overrides apply; a note cap still lowers a finding', () => {
    const r = run([t.failing], clean(), { rules: { 'test/fails': 'error' } });
    expect(r.results[0].severity).toBe('error');
    expect(r.results[0].findings.map((f) => f.severity)).toEqual(['error', 'note']);
  });

  it('"off" removes the rule from the run and lists it', () => {
    const r = evaluate(clean(), { rules: { 'support/login-access': 'off', 'org/production-install': { severity: 'off' } } });
    expect(r.results.map((x) => x.ruleId)).not.toContain('support/login-access');
    expect(r.rulesOff).toEqual(['org/production-install', 'support/login-access']);
    expect(r.summary.counts.manual).toBe(0);
  });

  it('rule options from the config reach the rule', () => {
    const r = evaluate(clean(), { rules: { 'org/edition-supported': { options: { editions: ['Developer Edition'] } } } });
    expect(r.results.find((x) => x.ruleId === 'org/edition-supported')?.status).toBe('fail');
  });

  it('a bad config is an InputError', () => {
    expect(() => evaluate(clean(), { rules: { 'org/edition-supported': 'fatal' } } as never)).toThrow(InputError);
  });
});
