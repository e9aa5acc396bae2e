import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../src/snapshot/load-snapshot.js';
import { auditStrictOrg } from './strict-audit.js';

/** Data-API fields the rules decide on: a fallback may read without them, but the rules must not use what is left. */
const DECIDED_ON = ['ObjectPermissions.PermissionsRead', 'User.IsActive', 'AsyncApexJob.Status', 'AsyncApexJob.CronTriggerId'];

describe.each(['clean-org', 'misconfigured-org'])('a data read without a field the rules decide on (%s)', (sample) => {
  it.each(DECIDED_ON)('%s: its sObject is unreadable and every rule that changes is inconclusive, never pass or fail', async (rejected) => {
    const org = await loadSnapshot(`samples/${sample}.json`);
    const permissive = await auditStrictOrg(org);
    const stricter = await auditStrictOrg(org, { rejectFields: [rejected] });
    const [sobject, field] = rejected.split('.');

    expect(stricter.snapshot.degraded?.some((d) => !d.recovered && d.fallback.includes(field!))).toBe(true);
    expect(stricter.snapshot.unreadable?.[`records.${sobject}`]).toMatch(
      new RegExp(`^INVALID_FIELD: .*; read without .*\\b${field}\\b.*, which the rules decide on$`),
    );
    const changed = Object.keys(permissive.statuses).filter((rule) => stricter.statuses[rule] !== permissive.statuses[rule]);
    expect(changed.length).toBeGreaterThan(0);
    for (const rule of changed) expect([rule, stricter.statuses[rule]]).toEqual([rule, 'inconclusive']);
  });
});
