import { readdirSync } from 'node:fs';
import { stat, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, planFixes, verifyFixes } from '../../src/fix/index.js';
import { misconfigured, withRecords } from '../harness/snapshots.js';
import { AUDIT_FIELDS, auditedOrg, diffOrg, reaudit, statusOf, tempDir } from './helpers.js';
import { AUTO_FIXED_ON_MISCONFIGURED } from '../harness/rule-ids.js';

/** The misconfigured sample with one free seat, so the licence fix has room. */
const withFreeSeat = () =>
  withRecords(misconfigured(), { PackageLicense: (rows) => rows.map((l) => ({ ...l, AllowedLicenses: Number(l.UsedLicenses) + 1 })) });

describe('fixing the misconfigured sample org', () => {
  it('repairs every auto-fixable rule: a fresh audit passes them all, and verification confirms each change', async () => {
    const org = await auditedOrg(withFreeSeat());
    for (const id of [...AUTO_FIXED_ON_MISCONFIGURED, 'license/assigned']) expect(statusOf(org.result, id)).toBe('fail');
    const plan = planFixes(org.result, org.snapshot, { fixType: 'review' });
    const outcome = await applyFixes(org.connection(), plan, { snapshot: org.snapshot, journalDir: await tempDir(), orgId: org.orgId });
    expect(outcome.status).toBe('applied');
    expect(outcome.changes.every((c) => c.status === 'applied')).toBe(true);
    const fresh = await reaudit(org);
    for (const id of [...AUTO_FIXED_ON_MISCONFIGURED, 'license/assigned']) expect([id, statusOf(fresh.result, id)]).toEqual([id, 'pass']);
    // Manual and unfixable rules are untouched.
    for (const id of ['connected-app/admin-approved', 'install/remote-sites-active', 'license/status'])
      expect(statusOf(fresh.result, id)).toBe('fail');
    const verified = await verifyFixes(org.connection(), plan, {}, outcome);
    expect(verified.changes.filter((c) => c.status !== 'verified')).toEqual([]);
    expect(verified.verified).toBe(plan.changes.length);
  });

  it('is a no-op the second time: after a fresh audit the plan is empty and nothing is written', async () => {
    const org = await auditedOrg(withFreeSeat());
    const plan = planFixes(org.result, org.snapshot, { fixType: 'review' });
    await applyFixes(org.connection(), plan, { snapshot: org.snapshot, journalDir: await tempDir(), orgId: org.orgId });
    const fresh = await reaudit(org);
    const again = planFixes(fresh.result, fresh.snapshot, { fixType: 'review' });
    expect(again.changes).toEqual([]);
    const calls = org.emulator.stats.apiCalls;
    const outcome = await applyFixes(org.connection(), again, { snapshot: fresh.snapshot, journalDir: await tempDir(), orgId: org.orgId });
    expect(outcome.status).toBe('nothing');
    expect(org.emulator.stats.apiCalls).toBe(calls);
  });

  it('grants no extra permission, edits no profile and touches no managed component (before/after diff)', async () => {
    const org = await auditedOrg(withFreeSeat());
    const before = org.orgData.toSnapshot();
    const plan = planFixes(org.result, org.snapshot, { fixType: 'review' });
    await applyFixes(org.connection(), plan, { snapshot: org.snapshot, journalDir: await tempDir(), orgId: org.orgId });
    const diff = diffOrg(before, org.orgData.toSnapshot());
    expect(diff.removed).toEqual([]);
    const sets = new Map((before.records.PermissionSet ?? []).map((ps) => [ps.Id, ps]));
    const fixSet = sets.get(plan.changes.find((c) => c.sobject === 'PermissionSetAssignment')!.after.PermissionSetId as string)!;
    expect(fixSet).toMatchObject({ NamespacePrefix: null, IsOwnedByProfile: false, Type: 'Regular' });
    const parentOf = (row: Record<string, unknown>) => sets.get(row.ParentId as string) ?? sets.get(row.PermissionSetId as string);
    for (const { sobject, row } of diff.added) {
      if (sobject === 'UserPackageLicense') continue;
      const parent = parentOf(row)!;
      if (sobject === 'PermissionSetAssignment' && parent.NamespacePrefix) {
        // access/shipped-permission-sets assigns JustOn's own Read/Write: an assignment changes no managed component.
        expect(parent.Label, `${sobject} ${row.Id}`).toBe('JustOn Read/Write');
        continue;
      }
      expect(parent.NamespacePrefix, `${sobject} ${row.Id} on a managed set`).toBeNull();
      if (sobject === 'SetupEntityAccess') expect(row.SetupEntityId).toBe('0H45g0000000001AAA');
      else expect(parent.Id, `${sobject} ${row.Id} outside the fix set`).toBe(fixSet.Id);
      if (parent.IsOwnedByProfile) expect(sobject).toBe('SetupEntityAccess');
      if (sobject === 'ObjectPermissions')
        expect(row).toMatchObject({
          SobjectType: 'ONB2__Balance__c',
          PermissionsDelete: false,
          PermissionsViewAllRecords: false,
          PermissionsModifyAllRecords: false,
        });
      if (sobject === 'FieldPermissions') expect(String(row.Field)).toMatch(/^(ONB2__Balance__c\.|Task\.Type$)/);
      if (sobject === 'FieldPermissions' && row.Field === 'ONB2__Balance__c.ONB2__InvoiceIsFinalized__c')
        expect(row.PermissionsEdit).toBe(false);
    }
    const changedNonDerived = diff.changed.filter((c) => c.sobject !== 'PackageLicense');
    for (const c of changedNonDerived) {
      expect(parentOf(c.after)?.Id, `${c.sobject} ${c.id}`).toBe(fixSet.Id);
      const flipped = Object.keys(c.after).filter(
        (k) => !AUDIT_FIELDS.has(k) && JSON.stringify(c.after[k]) !== JSON.stringify(c.before[k]),
      );
      expect(
        flipped.every((k) => ['PermissionsCreate', 'PermissionsEdit'].includes(k) && c.after[k] === true),
        `${c.id}: ${flipped}`,
      ).toBe(true);
    }
    expect(diff.changed.filter((c) => c.sobject === 'PermissionSet' || c.sobject === 'Profile')).toEqual([]);
    expect(diff.metadata).toEqual([
      {
        type: 'MobileSettings',
        fullName: 'Mobile',
        before: expect.anything(),
        after: expect.objectContaining({ enableS1EncryptedStoragePref2: false }),
      },
      {
        type: 'ContentSettings',
        fullName: 'Content',
        before: { fullName: 'Content', enableContent: true, enableContentDistribution: false },
        after: { fullName: 'Content', enableContent: true, enableContentDistribution: true },
      },
    ]);
    for (const { before, after } of diff.metadata)
      expect(Object.keys(after as object).sort()).toEqual(Object.keys(before as object).sort());
  });

  it('writes the journal (0600) before the first write, with every change and its before-state, and no access token', async () => {
    const org = await auditedOrg(withFreeSeat());
    const plan = planFixes(org.result, org.snapshot, { fixType: 'review' });
    const dir = await tempDir();
    const seenAtFirstWrite: string[] = [];
    const create = org.orgData.create.bind(org.orgData);
    org.orgData.create = (...args) => {
      if (seenAtFirstWrite.length === 0) seenAtFirstWrite.push(...readdirSync(join(dir, '.juston-audit')));
      return create(...args);
    };
    const outcome = await applyFixes(org.connection(), plan, {
      snapshot: org.snapshot,
      journalDir: dir,
      orgId: org.orgId,
      now: () => new Date('2026-11-27T10:00:00.000Z'),
    });
    expect(outcome.journalPath).toBe(join(dir, '.juston-audit', `journal-${org.orgId}-20261127T100000000Z.json`));
    expect(seenAtFirstWrite).toEqual([`journal-${org.orgId}-20261127T100000000Z.json`]);
    expect((await stat(outcome.journalPath!)).mode & 0o777).toBe(0o600);
    const text = await readFile(outcome.journalPath!, 'utf8');
    expect(text).not.toContain(org.emulator.accessToken);
    const journal = JSON.parse(text);
    expect(journal.changes.map((c: { id: string }) => c.id)).toEqual(plan.changes.map((c) => c.id));
    const update = journal.changes.find((c: { operation: string; sobject: string }) => c.operation === 'sobject.update');
    expect(update.before).toEqual(plan.changes.find((c) => c.id === update.id)!.before);
    expect(journal.changes.find((c: { sobject: string }) => c.sobject === 'MobileSettings').before).toEqual({
      enableS1EncryptedStoragePref2: true,
    });
    expect(journal.status).toBe('applied');
    expect(new Set(journal.events.map((e: { changeId: string; action: string }) => `${e.changeId} ${e.action}`))).toEqual(
      new Set(plan.changes.map((c) => `${c.id} applied`)),
    );
    expect((await readdir(join(dir, '.juston-audit'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
