import { afterEach, describe, expect, it } from 'vitest';
import { collect } from '../../src/collect/collect.js';
import { collectOptionsFor } from '../../src/config/collect-options-from-config.js';
import type { AuditConfig } from '../../src/config/types.js';
import { evaluate } from '../../src/engine/index.js';
import { generateOrg } from '@juston-audit/salesforce-emulator';
import type { Snapshot } from '@juston-audit/org-snapshot';
import { serveOrg } from '../harness/emulated-org.js';
import { clean, permissionSetRow } from '../harness/snapshots.js';

const running: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.close()));
});

/**
 * 20 JustOn users among 2,500 unrelated users who each hold two of 2,100 unrelated permission sets (more
 * than a page). Some JustOn users also hold: one of those unrelated sets, a set granting only Task.Type, one
 * granting only the Balance tab, one with Modify All Data.
 */
function largeOrg(): Snapshot {
  const org = generateOrg(clean(), {
    justOnUsers: 20,
    unrelatedUsers: 2500,
    unrelatedPermissionSets: 2100,
    unrelatedAssignmentsPerUser: 2,
  });
  const r = org.records;
  const billing = r.User.filter((u) => String(u.Username).startsWith('billing.')).map((u) => u.Id!);
  const unrelated = r.PermissionSet.find((ps) => String(ps.Name).startsWith('Sales_Ops_'))!;
  r.PermissionSet.push(
    permissionSetRow('0PS9y0000000001AAA', 'Task_Editors'),
    permissionSetRow('0PS9y0000000002AAA', 'Billing_Tab'),
    permissionSetRow('0PS9y0000000003AAA', 'Operations_Admin', { PermissionsModifyAllData: true }),
  );
  r.FieldPermissions.push({
    Id: '01k9y0000000001AAA',
    ParentId: '0PS9y0000000001AAA',
    SobjectType: 'Task',
    Field: 'Task.Type',
    PermissionsRead: true,
    PermissionsEdit: true,
  });
  r.PermissionSetTabSetting.push({
    Id: '0Ps9y0000000001AAA',
    ParentId: '0PS9y0000000002AAA',
    Name: 'ONB2__Balance__c',
    Visibility: 'DefaultOn',
  });
  const held: Array<[string, string]> = [
    [billing[0], unrelated.Id!],
    [billing[1], '0PS9y0000000001AAA'],
    [billing[2], '0PS9y0000000002AAA'],
    [billing[3], '0PS9y0000000003AAA'],
  ];
  held.forEach(([AssigneeId, PermissionSetId], i) =>
    r.PermissionSetAssignment.push({
      Id: `0Pa9y000000000${i}AAA`,
      AssigneeId,
      PermissionSetId,
      PermissionSetGroupId: null,
      ExpirationDate: null,
    }),
  );
  return org;
}

async function collectFrom(org: Snapshot, config: AuditConfig) {
  const served = await serveOrg(org, { pageSize: 2000 });
  running.push(served.emulator);
  return { ...(await collect(served.client(), collectOptionsFor(config))), whole: byId(served.orgData.toSnapshot()) };
}

/** Rows in Id order, as every collected snapshot has them (a user's grants are listed in that order). */
function byId(snapshot: Snapshot): Snapshot {
  for (const rows of Object.values(snapshot.records)) rows.sort((a, b) => (a.Id! < b.Id! ? -1 : a.Id! > b.Id! ? 1 : 0));
  return snapshot;
}

// Now, as the emulator serves the sample's dates as of today and the collector reads recent jobs by today.
const NOW = new Date();
const results = (snapshot: Snapshot, config: AuditConfig) => evaluate(snapshot, config, { now: NOW }).results;

describe('an org far larger than its JustOn users', () => {
  const org = largeOrg();

  it('costs the calls of a small org: none of the unrelated permission sets is read, and the rules see what they see in the whole org', async () => {
    const { snapshot, stats, whole } = await collectFrom(org, {});
    const small = await collectFrom(generateOrg(clean(), { justOnUsers: 20 }), {});
    expect(stats.apiCalls).toBe(small.stats.apiCalls);
    expect(snapshot.records.PermissionSet.filter((ps) => String(ps.Name).startsWith('Sales_Ops_'))).toEqual([]);
    expect(snapshot.records.PermissionSet.map((ps) => ps.Name)).toEqual(
      expect.arrayContaining(['Task_Editors', 'Billing_Tab', 'Operations_Admin']),
    );
    expect(results(snapshot, {})).toEqual(results(whole, {}));
  });

  it('reads a permission set the config names for the connected app, though it grants nothing the rules check', async () => {
    const name = String(org.records.PermissionSet.find((ps) => String(ps.Name).startsWith('Sales_Ops_'))!.Name);
    const config: AuditConfig = { rules: { 'connected-app/profiles-authorized': { options: { permissionSets: [name] } } } };
    const { snapshot, whole } = await collectFrom(org, config);
    expect(snapshot.records.PermissionSet.filter((ps) => String(ps.Name).startsWith('Sales_Ops_')).map((ps) => ps.Name)).toEqual([name]);
    const authorized = (s: Snapshot) => results(s, config).find((r) => r.ruleId === 'connected-app/profiles-authorized')!;
    expect(authorized(snapshot).findings.map((f) => f.messageId)).toContain('permissionSetNotAuthorized');
    expect(authorized(snapshot)).toEqual(authorized(whole));
  });
});
