import { afterEach, describe, expect, it } from 'vitest';
import { collect, COLLECTION_CALLS } from '../../src/collect/collect.js';
import { DEFAULT_COLLECT_OPTIONS } from '../../src/collect/collect-options.js';
import { firstIdOf, planReads } from '../../src/collect/plan.js';
import { SalesforceApiError, createOrgData, generateOrg } from '@juston-audit/salesforce-emulator';
import { parseSnapshot } from '../../src/snapshot/load-snapshot.js';
import { loadSnapshot } from '../../src/snapshot/load-snapshot.js';
import type { Snapshot } from '@juston-audit/org-snapshot';
import { API_VERSION, serveOrg } from '../harness/emulated-org.js';

const running: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.close()));
});

async function collectFrom(org: Snapshot, options: Parameters<typeof serveOrg>[1] = {}) {
  const served = await serveOrg(org, options);
  running.push(served.emulator);
  return { ...(await collect(served.client())), served };
}

/** Every query of the audit's plan, answered by an org built from each snapshot as of today (as served), rows compared by Id. */
function answers(snapshot: Snapshot) {
  const org = createOrgData(structuredClone(snapshot), { apiVersion: API_VERSION, shiftDatesTo: new Date() });
  const firstIds = new Map<string, string>();
  return planReads(DEFAULT_COLLECT_OPTIONS).flatMap((read) => {
    if (read.kind !== 'query' && read.kind !== 'tooling-query') return [];
    // A read taking its Id from another that found nothing is not sent (see referencesNothing in collect.ts).
    if (read.kind === 'query' && read.dependsOn && !firstIds.has(read.dependsOn)) return [[read.id, '[]']];
    const soql =
      read.kind === 'query' && read.dependsOn ? read.soql.replace(firstIdOf(read.dependsOn), firstIds.get(read.dependsOn)!) : read.soql;
    const { records } = org.query(soql, { api: read.kind === 'query' ? 'data' : 'tooling' });
    if (records[0]) firstIds.set(read.id, String(records[0].Id));
    return [[read.id, JSON.stringify([...records].sort((a, b) => String(a.Id).localeCompare(String(b.Id))))]];
  });
}

const clean = await loadSnapshot('samples/clean-org.json');

describe('collect', () => {
  it('reads the clean sample org in one wave of 9 API calls, into a valid snapshot', async () => {
    const { snapshot, stats } = await collectFrom(clean);
    expect(() => parseSnapshot(structuredClone(snapshot), 'collected')).not.toThrow();
    expect(stats.apiCalls).toBe(COLLECTION_CALLS);
    expect(stats.waves).toBe(1);
    expect(snapshot.unreadable).toBeUndefined();
    expect(snapshot.metadata.MobileSettings.Mobile.enableS1EncryptedStoragePref2).toBe(false);
    expect(Object.keys(snapshot.describe)).toEqual(['ONB2__Balance__c', 'Task']);
    expect(snapshot.tooling.SubscriberPackage[0].NamespacePrefix).toBe('ONB2');
  });

  it('round-trips: the collected snapshot answers the audit queries exactly as the source org', async () => {
    const { snapshot } = await collectFrom(clean);
    expect(answers(snapshot)).toEqual(answers(clean));
  });

  it('leaves out inactive users and users without JustOn', async () => {
    const org = generateOrg(clean, { justOnUsers: 3, unrelatedUsers: 5 });
    const { snapshot } = await collectFrom(org);
    expect(snapshot.records.User.every((user) => user.IsActive === true)).toBe(true);
    expect(snapshot.records.User).toHaveLength(3 + 3);
  });

  it('costs the same calls for 10 and 5,000 users apart from pagination, and pages in one extra wave', async () => {
    const small = await collectFrom(generateOrg(clean, { justOnUsers: 10 }));
    const large = await collectFrom(generateOrg(clean, { justOnUsers: 5000, unrelatedPermissionSets: 300, groupUsers: 20 }), {
      pageSize: 2000,
    });
    const userPages = Math.ceil((5000 + 20 + 3) / 2000) - 1;
    expect(small.stats.apiCalls).toBe(COLLECTION_CALLS);
    // The licensed users page, and so do the licence rows; the users found by permission set are only the unlicensed ones.
    expect(large.stats.apiCalls).toBe(COLLECTION_CALLS + 2 * userPages);
    expect(large.stats.waves).toBe(2);
    expect(answers(large.snapshot)).toEqual(answers(large.served.orgData.toSnapshot()));
    expect(large.snapshot.records.FieldPermissions.some((row) => row.SobjectType === 'Account')).toBe(false);
    expect(large.snapshot.records.PermissionSetGroup).toHaveLength(1);
  });

  it('records what it could not read instead of failing the whole collection', async () => {
    const served = await serveOrg(clean);
    running.push(served.emulator);
    // The running user lacks View Setup: Salesforce refuses SetupEntityAccess queries.
    const query = served.orgData.query.bind(served.orgData);
    served.orgData.query = (soql, options) => {
      if (/FROM SetupEntityAccess/.test(soql))
        throw new SalesforceApiError('INSUFFICIENT_ACCESS', 'insufficient access rights on object id', 403);
      return query(soql, options);
    };
    const { snapshot } = await collect(served.client());
    expect(snapshot.unreadable).toEqual({
      'records.SetupEntityAccess': 'INSUFFICIENT_ACCESS: insufficient access rights on object id',
    });
    expect(snapshot.records.User.length).toBeGreaterThan(0);
  });

  it('reads the connected app grants by SetupEntityId in the same composite; no app means no grants, not unreadable', async () => {
    const { snapshot } = await collectFrom(clean);
    const appId = snapshot.records.ConnectedApplication[0].Id;
    expect(snapshot.records.SetupEntityAccess.filter((row) => row.SetupEntityId === appId).length).toBeGreaterThan(0);
    const noApp = structuredClone(clean);
    noApp.records.ConnectedApplication = [];
    const { snapshot: without, stats } = await collectFrom(noApp);
    expect(without.unreadable).toBeUndefined();
    expect(without.records.ConnectedApplication).toEqual([]);
    expect(without.records.SetupEntityAccess.filter((row) => row.SetupEntityType === 'ConnectedApplication')).toEqual([]);
    expect(stats.apiCalls).toBe(COLLECTION_CALLS);
  });

  it('treats a missing Balance object as absent, not unreadable', async () => {
    const org = structuredClone(clean);
    delete org.describe.ONB2__Balance__c;
    const { snapshot } = await collectFrom(org);
    expect(snapshot.describe.ONB2__Balance__c).toBeUndefined();
    expect(snapshot.unreadable?.['describe.ONB2__Balance__c']).toBeUndefined();
  });
});
