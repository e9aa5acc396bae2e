import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SalesforceApiError } from '@juston-audit/salesforce-emulator';
import { FixError } from '../../src/errors.js';
import { applyFixes, FixApplyError, planFixes, renderPlan } from '../../src/fix/index.js';
import { clean, misconfigured, withRecords } from '../harness/snapshots.js';
import { auditedOrg, openFingerprints, reaudit, sameOrgApartFromStamps, tempDir } from './helpers.js';

const withFreeSeat = () =>
  withRecords(misconfigured(), { PackageLicense: (rows) => rows.map((l) => ({ ...l, AllowedLicenses: Number(l.UsedLicenses) + 1 })) });

describe('a write failing midway', () => {
  it.each([1, 4, 9])('create #%i fails: the org is left as it was, the error names the journal, and the journal says so', async (n) => {
    const org = await auditedOrg(withFreeSeat());
    const original = org.orgData.toSnapshot();
    const plan = planFixes(org.result, org.snapshot, { fixType: 'review' });
    const create = org.orgData.create.bind(org.orgData);
    let writes = 0;
    org.orgData.create = (...args) => {
      writes += 1;
      if (writes === n) throw new SalesforceApiError('UNABLE_TO_LOCK_ROW', 'unable to obtain exclusive access to this record');
      return create(...args);
    };
    const error = await applyFixes(org.connection(), plan, { snapshot: org.snapshot, journalDir: await tempDir(), orgId: org.orgId }).catch(
      (e: unknown) => e,
    );
    org.orgData.create = create;
    expect(error).toBeInstanceOf(FixApplyError);
    const { outcome } = error as FixApplyError;
    expect(outcome.status).toBe('rolled-back');
    expect(outcome.rollbackComplete).toBe(true);
    expect((error as Error).message).toContain(outcome.journalPath!);
    expect((error as Error).message).toContain('UNABLE_TO_LOCK_ROW');
    expect(sameOrgApartFromStamps(original, org.orgData.toSnapshot())).toEqual([]);
    expect(openFingerprints((await reaudit(org)).result)).toEqual(openFingerprints(org.result));
    const journal = JSON.parse(await readFile(outcome.journalPath!, 'utf8'));
    expect(journal.status).toBe('failed-rolled-back');
    const failed = journal.events.filter((e: { action: string }) => e.action === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0].detail).toContain('UNABLE_TO_LOCK_ROW');
    const applied = journal.events.filter((e: { action: string }) => e.action === 'applied').map((e: { changeId: string }) => e.changeId);
    const undone = journal.events
      .filter((e: { action: string; phase: string }) => e.phase === 'undo-after-failure' && e.action === 'undone')
      .map((e: { changeId: string }) => e.changeId);
    expect(undone.sort()).toEqual(applied.sort());
  });
});

describe('a concurrent edit between audit and fix', () => {
  it('stops the changed target, reports the conflict, and applies the rest', async () => {
    const org = await auditedOrg(withFreeSeat());
    const plan = planFixes(org.result, org.snapshot, { fixType: 'review' });
    const carla = plan.changes.find((c) => c.sobject === 'PermissionSetAssignment' && c.target.name.startsWith('carla'))!;
    const field = plan.changes.find((c) => c.operation === 'sobject.update' && c.sobject === 'FieldPermissions')!;
    // Someone else assigns the set to Carla and changes a row the fix would update.
    const theirs = org.orgData.create('PermissionSetAssignment', carla.after, 'data');
    org.orgData.update('FieldPermissions', field.target.id!, { PermissionsEdit: true }, 'data');
    const before = org.orgData.toSnapshot();
    const outcome = await applyFixes(org.connection(), plan, { snapshot: org.snapshot, journalDir: await tempDir(), orgId: org.orgId });
    expect(outcome.status).toBe('conflicts');
    expect(outcome.conflicts.map((c) => c.changeId).sort()).toEqual([carla.id, field.id].sort());
    expect(outcome.conflicts.find((c) => c.changeId === carla.id)!.detail).toContain(theirs);
    expect(outcome.changes.filter((c) => c.status === 'applied')).toHaveLength(plan.changes.length - 2);
    const after = org.orgData.toSnapshot();
    expect(after.records.FieldPermissions!.find((r) => r.Id === field.target.id)).toEqual(
      before.records.FieldPermissions!.find((r) => r.Id === field.target.id),
    );
    const journal = JSON.parse(await readFile(outcome.journalPath!, 'utf8'));
    expect(journal.status).toBe('conflicts');
    expect(
      journal.events
        .filter((e: { action: string }) => e.action === 'conflict')
        .map((e: { changeId: string }) => e.changeId)
        .sort(),
    ).toEqual([carla.id, field.id].sort());
  });

  it('refuses a plan for another org, or a connection to another org, before writing anything', async () => {
    const org = await auditedOrg(withFreeSeat());
    const plan = planFixes(org.result, org.snapshot);
    const before = org.orgData.toSnapshot();
    await expect(
      applyFixes(org.connection(), plan, { snapshot: org.snapshot, journalDir: await tempDir(), orgId: '00D5g0000000009AAA' }),
    ).rejects.toThrow(FixError);
    const other = await auditedOrg(clean());
    await expect(
      applyFixes(other.connection(), plan, { snapshot: org.snapshot, journalDir: await tempDir(), orgId: org.orgId }),
    ).rejects.toThrow(/connection is to org 00D5g0000000001AAA/);
    expect(org.orgData.toSnapshot()).toEqual(before);
  });
});

describe('dry run and plan', () => {
  it('changes nothing and calls no API; the rendering names a production org', async () => {
    const prod = withRecords(withFreeSeat(), { Organization: (rows) => rows.map((o) => ({ ...o, IsSandbox: false })) });
    const org = await auditedOrg(prod);
    const before = org.orgData.toSnapshot();
    const calls = org.emulator.stats.apiCalls;
    const plan = planFixes(org.result, org.snapshot);
    const text = renderPlan(plan);
    expect(org.emulator.stats.apiCalls).toBe(calls);
    expect(org.orgData.toSnapshot()).toEqual(before);
    expect(text).toContain('PRODUCTION org');
    for (const c of plan.changes) expect(text).toContain(`${c.id} ${c.summary}`);
    expect(text).toMatch(/enableS1EncryptedStoragePref2: true → false/);
    expect(text).toMatch(/Manual steps[\s\S]*connected-app\/admin-approved[\s\S]*1\. Setup > Apps/);
    expect(text).toMatch(/connected-app\/users-authorized is a reviewed fix/);
    expect(plan.manual.map((m) => m.ruleId).sort()).toEqual([
      'connected-app/admin-approved',
      'install/remote-sites-active',
      'jobs/scheduled',
      'support/login-access',
    ]);
    expect(plan.manual.find((m) => m.ruleId === 'support/login-access')!.steps.length).toBeGreaterThan(1);
    const sandbox = await auditedOrg(withFreeSeat());
    expect(renderPlan(planFixes(sandbox.result, sandbox.snapshot))).not.toContain('PRODUCTION');
  });

  it('keeps reviewed fixes out unless asked, and limits the plan to named rules', async () => {
    const org = await auditedOrg(withFreeSeat());
    const safe = planFixes(org.result, org.snapshot);
    expect(safe.changes.flatMap((c) => c.ruleIds)).not.toContain('connected-app/users-authorized');
    expect(safe.changes.some((c) => c.target.name.startsWith('ada.admin'))).toBe(false);
    const named = planFixes(org.result, org.snapshot, { rules: ['connected-app/users-authorized'] });
    expect(new Set(named.changes.flatMap((c) => c.ruleIds))).toEqual(new Set(['connected-app/users-authorized']));
    expect(named.changes.some((c) => c.sobject === 'SetupEntityAccess')).toBe(true);
    const only = planFixes(org.result, org.snapshot, { rules: ['session/browser-caching-disabled'] });
    expect(only.changes.map((c) => c.operation)).toEqual(['metadata.update']);
    expect(only.manual).toEqual([]);
    expect(() => planFixes(org.result, org.snapshot, { rules: ['no/such-rule'] })).toThrow(/unknown rule/);
  });

  it('refuses licences when seats run short and fixes none', async () => {
    const org = await auditedOrg(misconfigured());
    const plan = planFixes(org.result, org.snapshot);
    expect(plan.changes.filter((c) => c.sobject === 'UserPackageLicense')).toEqual([]);
    expect(plan.refusals.find((r) => r.ruleId === 'license/assigned')!.reason).toMatch(/^licences: 1 seat missing, none assigned/);
  });
});
