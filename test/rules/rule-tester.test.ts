import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/org/edition-supported.js';
import type { AnyRule } from '../../src/rules/types.js';
import { checkCases, checkMeta, checkStatusCoverage, runCase, type InvalidCase, type ValidCase } from '../harness/rule-tester.js';

describe('the rule tester itself', () => {
  it('rejects a rule with incomplete metadata', () => {
    const broken = { ...rule, meta: { ...rule.meta, whyItMatters: '', remediation: { text: 'x' } } } as unknown as AnyRule;
    expect(() => checkMeta(broken)).toThrow(
      'Rule org/edition-supported has incomplete metadata: missing whyItMatters; remediation needs text and setupPath',
    );
  });

  it('rejects a rule whose id is not <folder>/<file>', () => {
    expect(() => checkMeta({ ...rule, meta: { ...rule.meta, id: 'EditionSupported' } } as AnyRule)).toThrow('id must be <folder>/<file>');
  });

  it('rejects defaultOptions that do not match the schema', () => {
    expect(() => checkMeta({ ...rule, defaultOptions: { editions: 'all' } } as AnyRule)).toThrow('defaultOptions do not match schema');
  });

  it('rejects unknown case keys, also in expected findings', () => {
    expect(() => checkCases({ valid: [{ name: 'a', snapshots: {} } as ValidCase], invalid: [] })).toThrow(
      "Case 'a' has unknown keys: snapshots",
    );
    expect(() => checkCases({ valid: [], invalid: [{ name: 'b', findings: [{ mesageId: 'x' }] } as unknown as InvalidCase] })).toThrow(
      "Case 'b' has a finding with unknown keys: mesageId",
    );
  });

  it('rejects duplicate names and invalid cases without findings', () => {
    expect(() => checkCases({ valid: [{ name: 'a' }, { name: 'a' }], invalid: [] })).toThrow("Duplicate case name 'a'");
    expect(() => checkCases({ valid: [], invalid: [{ name: 'c', findings: [] }] })).toThrow("Invalid case 'c' needs at least one finding");
  });

  it('requires a case for every status the rule can reach', () => {
    expect(() => checkStatusCoverage(rule, { valid: [{ name: 'a' }], invalid: [] })).toThrow('no case reaches inconclusive, fail');
  });

  it('validates case options against the rule schema', () => {
    expect(() => runCase(rule, { name: 'x', options: { editions: [] } })).toThrow('Invalid options for rule org/edition-supported');
  });

  it('fails a rule that modifies its input', () => {
    const mutating = {
      ...rule,
      check: (s: { records: Record<string, unknown> }) => {
        s.records.User = [];
        return { status: 'pass', findings: [] };
      },
    } as unknown as AnyRule;
    expect(() => runCase(mutating, { name: 'x' })).toThrow('modified its input snapshot');
  });
});
