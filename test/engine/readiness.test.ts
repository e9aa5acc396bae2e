import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.js';
import { beforeInstallation, notReadyToInstall } from '../harness/generations.js';
import { unreadable } from '../harness/fixtures.js';
import { clean } from '../harness/snapshots.js';

const PREPARATION = ['org/edition-supported', 'org/production-install', 'session/browser-caching-disabled', 'org/salesforce-features'];

describe('Ready to install JustOn', () => {
  it('an org without JustOn whose preparation steps fail: no, naming the steps; the other rules are not applicable', () => {
    const result = evaluate(notReadyToInstall(clean()));
    expect(result.readiness).toEqual({
      ready: false,
      steps: PREPARATION,
      failing: [
        { ruleId: 'session/browser-caching-disabled', title: 'Secure and persistent browser caching is disabled', status: 'fail' },
        { ruleId: 'org/salesforce-features', title: 'Salesforce features JustOn needs are enabled', status: 'fail' },
      ],
    });
    const evaluated = result.results.filter((r) => r.status !== 'not-applicable').map((r) => r.ruleId);
    expect(evaluated.sort()).toEqual([...PREPARATION, 'package/installed'].sort());
    expect(result.results.find((r) => r.ruleId === 'platform/integration')?.reason).toBe('The ONB2 package is not installed.');
  });

  it('yes once the preparation steps pass', () => {
    const result = evaluate(beforeInstallation(clean()));
    expect(result.readiness).toEqual({ ready: true, steps: PREPARATION, failing: [] });
  });

  it('a step that could not be read keeps the answer at no (never a guess)', () => {
    const result = evaluate(unreadable(beforeInstallation(clean()), 'metadata.ContentSettings'));
    expect(result.readiness?.ready).toBe(false);
    expect(result.readiness?.failing).toEqual([
      expect.objectContaining({
        ruleId: 'org/salesforce-features',
        status: 'inconclusive',
        reason: expect.stringContaining('could not be read'),
      }),
    ]);
  });

  it('a suppressed failure and a step turned off do not keep it from yes', () => {
    const result = evaluate(notReadyToInstall(clean()), {
      rules: { 'session/browser-caching-disabled': 'off' },
      suppressions: [{ rule: 'org/salesforce-features', reason: 'enabled on Monday' }],
    });
    expect(result.readiness).toMatchObject({ ready: true, failing: [] });
    expect(result.readiness?.steps).not.toContain('session/browser-caching-disabled');
  });

  it('is absent while JustOn is installed', () => {
    expect(evaluate(clean()).readiness).toBeUndefined();
  });
});
