import { describe, expect, it } from 'vitest';
import { loadSnapshot, parseSnapshot } from '../../src/snapshot/load-snapshot.js';
import { auditStrictOrg } from './strict-audit.js';

const samples = {
  clean: await loadSnapshot('samples/clean-org.json'),
  misconfigured: await loadSnapshot('samples/misconfigured-org.json'),
};

/** A Tooling field no rule's status depends on, the read that selects it and the field as it stands in the SELECT list. */
const LABEL_ONLY: Array<[string, string, string]> = [
  ['RemoteProxy.EndpointUrl', 'remoteSites', 'EndpointUrl'],
  ['SubscriberPackageVersion.Name', 'installedPackages', 'SubscriberPackageVersion.Name'],
];

/** A Tooling field a rule decides on, the snapshot key left unreadable without it, and the one rule that changes. */
const DECIDED_ON: Array<[string, string, string, string]> = [
  ['RemoteProxy.IsActive', 'remoteSites', 'tooling.RemoteProxy', 'install/remote-sites-active'],
  ['SubscriberPackage.NamespacePrefix', 'installedPackages', 'tooling.SubscriberPackage', 'package/installed'],
];

describe.each(Object.entries(samples))('the %s sample on an org lacking a Tooling field', (_name, org) => {
  it.each(LABEL_ONLY)('%s: the same rule statuses as on the permissive org, the fallback listed', async (rejected, read, selected) => {
    const permissive = await auditStrictOrg(org);
    const stricter = await auditStrictOrg(org, { rejectFields: [rejected] });
    expect(stricter.statuses).toEqual(permissive.statuses);
    expect(stricter.snapshot.unreadable).toBeUndefined();
    expect(stricter.snapshot.degraded).toEqual([
      {
        read,
        fallback: `fields the org's describe does not list dropped: ${selected}`,
        message: expect.stringMatching(/^INVALID_FIELD: No such column /) as unknown,
        recovered: true,
      },
    ]);
    expect(() => parseSnapshot(structuredClone(stricter.snapshot), 'collected')).not.toThrow();
    const [sobject, field] = rejected.split('.');
    const expected = structuredClone(permissive.snapshot.tooling);
    for (const row of expected[sobject] ?? []) delete row[field];
    expect(stricter.snapshot.tooling).toEqual(expected);
    expect(stricter.snapshot.records).toEqual(permissive.snapshot.records);
  });

  it.each(DECIDED_ON)('%s: only the rule deciding on it becomes inconclusive, never pass', async (rejected, read, key, rule) => {
    const permissive = await auditStrictOrg(org);
    const stricter = await auditStrictOrg(org, { rejectFields: [rejected] });
    expect(stricter.snapshot.degraded).toEqual([expect.objectContaining({ read, recovered: false })]);
    expect(Object.keys(stricter.snapshot.unreadable ?? {})).toEqual([key]);
    expect(stricter.snapshot.unreadable![key]).toMatch(
      new RegExp(`^INVALID_FIELD: .*; read without [\\w.]*${rejected.split('.')[1]}, which the rules decide on$`),
    );
    const changed = Object.keys(permissive.statuses).filter((id) => stricter.statuses[id] !== permissive.statuses[id]);
    expect(changed).toEqual([rule]);
    expect(stricter.statuses[rule]).toBe('inconclusive');
  });
});

describe('Tooling fallbacks and waves', () => {
  it('go out side by side with the data fallbacks: one round of describes, one of retries', async () => {
    const org = samples.misconfigured;
    const permissive = await auditStrictOrg(org);
    const stricter = await auditStrictOrg(org, { rejectFields: ['RemoteProxy.EndpointUrl', 'Profile.UserLicenseId'] });
    expect(stricter.snapshot.degraded!.map((d) => [d.read, d.recovered])).toEqual([
      ['permissionSets', true],
      ['remoteSites', true],
    ]);
    expect(stricter.stats.waves).toBe(permissive.stats.waves + 2);
  });
});
