import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.js';
import { createRule } from '../../src/rules/create-rule.js';
import type { VersionRange } from '../../src/rules/types.js';
import { packageAbsent, unreadable } from '../harness/fixtures.js';
import { clean, withTooling } from '../harness/snapshots.js';

/** A rule that passes whenever it runs, for the JustOn versions in `range`. */
const ruleFor = (appliesTo: VersionRange) =>
  createRule({
    meta: {
      id: 'test/versioned',
      title: 'versioned',
      description: 'd',
      whyItMatters: 'w',
      severity: 'error',
      category: 'package',
      requires: [],
      appliesTo,
      messages: { bad: 'bad' },
      fixable: null,
      remediation: { text: 't', setupPath: 'Setup' },
      docsUrl: 'https://x.example',
    },
    defaultOptions: {},
    check: () => ({ status: 'pass', reason: 'ran', findings: [] }),
  });

const run = (range: VersionRange, snapshot = clean()) => evaluate(snapshot, {}, { rules: [ruleFor(range)] }).results[0];

// The clean org has JustOn 2.106.0.1.
describe('rules declaring the JustOn versions they apply to', () => {
  it('run on the versions in their range', () => {
    expect(run({ minVersion: '2.101' })).toMatchObject({ status: 'pass', reason: 'ran' });
    expect(run({ minVersion: '2.55', maxVersion: '2.106' })).toMatchObject({ status: 'pass' });
  });

  it('are not applicable outside it, naming both versions', () => {
    expect(run({ minVersion: '2.107' })).toMatchObject({
      status: 'not-applicable',
      reason: 'This rule applies to JustOn 2.107 and later; JustOn 2.106.0.1 is installed.',
    });
    expect(run({ maxVersion: '2.98' }).reason).toBe('This rule applies to JustOn up to 2.98; JustOn 2.106.0.1 is installed.');
    expect(run({ minVersion: '2.55', maxVersion: '2.98' }).reason).toContain('JustOn 2.55 to 2.98');
  });

  it('compare numerically, not as text (2.99 < 2.106)', () => {
    const older = withTooling(clean(), { SubscriberPackageVersion: (rows) => rows.map((v) => ({ ...v, MinorVersion: 99 })) });
    expect(run({ minVersion: '2.106' }, older).status).toBe('not-applicable');
    expect(run({ maxVersion: '2.106' }, older).status).toBe('pass');
  });

  it('are inconclusive when the installed version could not be read', () => {
    const noVersion = unreadable(clean(), 'tooling.InstalledSubscriberPackage');
    expect(run({ minVersion: '2.101' }, noVersion)).toMatchObject({
      status: 'inconclusive',
      reason: 'This rule applies to JustOn 2.101 and later; the installed ONB2 version could not be read.',
    });
  });

  it('stay not applicable without the package', () => {
    expect(run({ minVersion: '2.101' }, packageAbsent(clean())).reason).toBe('The ONB2 package is not installed.');
  });
});
