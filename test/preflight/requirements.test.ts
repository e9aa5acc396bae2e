import { describe, expect, it } from 'vitest';
import { FIX_REQUIREMENTS, READ_REQUIREMENTS } from '../../src/preflight/requirements.js';
import { ruleIds } from '../../src/rules/index.js';

describe('permission requirements', () => {
  it('derive the rules that go blind from the reads each permission guards', () => {
    expect(READ_REQUIREMENTS.map((r) => [r.what, r.rules])).toEqual([
      ['any API access', ['*']],
      [
        'reading permission sets, assignments, setup entity access and Apex jobs',
        [
          'connected-app/profiles-authorized',
          'connected-app/users-authorized',
          'access/shipped-permission-sets',
          'access/balance-object',
          'access/balance-fields',
          'access/balance-tab',
          'access/task-type-field',
          'access/required-components',
          'license/assigned',
          'install/admins-only',
          'jobs/scheduled',
          'jobs/failures',
        ],
      ],
      ['reading installed packages, remote sites and flows (Tooling API)', ['package/installed', 'install/remote-sites-active']],
      ['reading MobileSettings and ContentSettings (Metadata API)', ['session/browser-caching-disabled', 'org/salesforce-features']],
    ]);
  });

  it('name only rules the registry has', () => {
    for (const requirement of [...READ_REQUIREMENTS, ...FIX_REQUIREMENTS]) {
      for (const id of requirement.rules.filter((r) => r !== '*')) expect(ruleIds, requirement.what).toContain(id);
    }
  });
});
