import { describe, expect, it } from 'vitest';
import type { Snapshot } from '@juston-audit/org-snapshot';
import type { StrictOrg } from '@juston-audit/salesforce-emulator';
import { loadSnapshot } from '../../src/snapshot/load-snapshot.js';
import { parseSnapshot } from '../../src/snapshot/load-snapshot.js';
import { auditStrictOrg } from './strict-audit.js';

const samples = {
  clean: await loadSnapshot('samples/clean-org.json'),
  misconfigured: await loadSnapshot('samples/misconfigured-org.json'),
};

const STRICTER: Array<[string, StrictOrg, string[], RegExp]> = [
  [
    'semi-joins refused',
    { noSemiJoinInto: ['UserPackageLicense', 'PermissionSetAssignment', 'ConnectedApplication'] },
    ['flowAccess', 'licensedUsers', 'permissionSetUsers'],
    /semi-join into \w+ replaced by an Id read and IN lists/,
  ],
  [
    'child subqueries refused',
    { noChildSubqueries: true },
    ['adminUsers', 'licensedUsers', 'permissionSetUsers'],
    /child subquery PermissionSetAssignments read on its own/,
  ],
  [
    'a field the org lacks',
    { rejectFields: ['Profile.UserLicenseId'] },
    ['permissionSets'],
    /fields the org's describe does not list dropped: Profile.UserLicenseId/,
  ],
  [
    "a field of a job's schedule the org lacks (selected through AsyncApexJob.CronTrigger)",
    { rejectFields: ['CronTrigger.TimeZoneSidKey'] },
    ['justOnJobs'],
    /fields the org's describe does not list dropped: CronTrigger.TimeZoneSidKey$/,
  ],
];

describe.each(Object.entries(samples))('the %s sample on a stricter org', (_name, org) => {
  it.each(STRICTER)('%s: the same rule statuses as on the permissive org, the fallbacks listed', async (_case, strict, reads, fallback) => {
    const permissive = await auditStrictOrg(org);
    const stricter = await auditStrictOrg(org, strict);
    expect(permissive.snapshot.degraded).toBeUndefined();
    expect(stricter.statuses).toEqual(permissive.statuses);
    expect(stricter.snapshot.unreadable).toBeUndefined();
    expect(stricter.snapshot.degraded!.map((d) => d.read)).toEqual(reads);
    for (const degraded of stricter.snapshot.degraded!) {
      expect(degraded.recovered).toBe(true);
      expect(degraded.fallback).toMatch(fallback);
      expect(degraded.message).toMatch(/^(INVALID_FIELD|INVALID_TYPE|INVALID_QUERY_FILTER_OPERATOR): /);
    }
    expect(() => parseSnapshot(structuredClone(stricter.snapshot), 'collected')).not.toThrow();
    expect(stricter.snapshot.records).toEqual(expectedRecords(permissive.snapshot, strict));
  });
});

/** The permissive org's records, less the fields the stricter org lacks. */
function expectedRecords(snapshot: Snapshot, strict: StrictOrg): Snapshot['records'] {
  const records = structuredClone(snapshot.records);
  for (const rejected of strict.rejectFields ?? []) {
    const [sobject, field] = rejected.split('.');
    for (const row of records[sobject] ?? []) delete row[field];
  }
  return records;
}

describe('a fallback that fails too', () => {
  it('records the data as unreadable with Salesforce messages; only the rules needing it become inconclusive', async () => {
    const org = samples.misconfigured;
    const permissive = await auditStrictOrg(org);
    const stricter = await auditStrictOrg(org, { noChildSubqueries: true, rejectFields: ['PermissionSetAssignment.ExpirationDate'] });
    expect(stricter.snapshot.degraded!.map((d) => [d.read, d.recovered])).toEqual([
      ['adminUsers', false],
      ['licensedUsers', false],
      ['permissionSetUsers', false],
    ]);
    expect(stricter.snapshot.unreadable!['records.User']).toMatch(
      /^INVALID_TYPE: .*the simpler form failed too: INVALID_FIELD: No such column 'ExpirationDate'/,
    );
    const changed = Object.keys(permissive.statuses).filter((id) => stricter.statuses[id] !== permissive.statuses[id]);
    expect(changed.length).toBeGreaterThan(0);
    for (const id of changed) expect(stricter.statuses[id]).toBe('inconclusive');
    expect(stricter.statuses['session/browser-caching-disabled']).toBe(permissive.statuses['session/browser-caching-disabled']);
  });
});
