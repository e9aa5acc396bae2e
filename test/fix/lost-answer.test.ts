import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateOrg, type FaultRule } from '@juston-audit/salesforce-emulator';
import { applyFixes, FixApplyError, planFixes } from '../../src/fix/index.js';
import { lastActions, type Journal } from '../../src/fix/journal.js';
import { clean } from '../harness/snapshots.js';
import { auditedOrg, sameOrgApartFromStamps, tempDir, withoutBalanceSet } from './helpers.js';

const actions = (journal: Journal, phase: string, action: string) =>
  journal.events.filter((e) => e.phase === phase && e.action === action).map((e) => e.changeId);

/** A fix of 1,200 users (at least two write requests) whose second write request fails as a whole. */
async function failSecondWrite(fault: FaultRule['fault']) {
  const org = await auditedOrg(generateOrg(clean(), { justOnUsers: 1200, usersLackingAccess: 1200 }));
  const plan = planFixes(org.result, org.snapshot, { fixType: 'review' });
  const before = org.orgData.toSnapshot();
  org.emulator.faults.add({ path: '/composite', writes: true, nth: 2, fault });
  const error = await applyFixes(org.connection(), plan, { snapshot: org.snapshot, journalDir: await tempDir(), orgId: org.orgId }).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FixApplyError);
  const { outcome } = error as FixApplyError;
  const journal = JSON.parse(await readFile(outcome.journalPath!, 'utf8')) as Journal;
  const applied = actions(journal, 'apply', 'applied');
  expect(applied.length).toBeGreaterThan(0); // the first request was written …
  expect(actions(journal, 'undo-after-failure', 'undone').sort()).toEqual(applied.sort()); // … and undone
  return { org, before, error: error as FixApplyError, journal };
}

describe('a write request of the fix that fails as a whole', () => {
  it('refused before the org ran it: a re-read shows none of it, so the journal says not written and the run is fully undone', async () => {
    const { org, before, error, journal } = await failSecondWrite({ kind: 'http-error', status: 500 });
    expect(sameOrgApartFromStamps(before, org.orgData.toSnapshot())).toEqual([]);
    expect(error.outcome).toMatchObject({ status: 'rolled-back', rollbackComplete: true });
    expect(journal.status).toBe('failed-rolled-back');
    // journalled first as failed with an unknown outcome, then settled by the re-read
    const lostChanges = actions(journal, 'apply', 'failed');
    expect(lostChanges.length).toBeGreaterThan(0);
    const last = lastActions(journal);
    for (const id of lostChanges) {
      expect(last.get(id)).toMatchObject({ action: 'skipped', detail: expect.stringContaining('a re-read shows none of it in the org') });
    }
    expect(error.message).toContain('UNKNOWN_EXCEPTION');
  }, 60_000);

  it('written, its answer lost: a re-read finds all of it, so the journal records it as applied and the whole run is undone', async () => {
    const { org, before, error, journal } = await failSecondWrite({ kind: 'reset', applied: true });
    expect(sameOrgApartFromStamps(before, org.orgData.toSnapshot())).toEqual([]);
    expect(error.outcome).toMatchObject({ status: 'rolled-back', rollbackComplete: true });
    expect(journal.status).toBe('failed-rolled-back');
    const lostChanges = actions(journal, 'apply', 'failed');
    expect(lostChanges.length).toBeGreaterThan(0);
    const seenWritten = journal.events.filter((e) => e.action === 'applied' && e.detail?.includes('a re-read shows it written'));
    expect(seenWritten.map((e) => e.changeId).sort()).toEqual([...lostChanges].sort());
    expect(seenWritten.every((e) => e.detail!.startsWith('the request failed (ECONNRESET'))).toBe(true);
    const last = lastActions(journal);
    for (const id of lostChanges) expect(last.get(id)?.action).toBe('undone');
  }, 60_000);

  it('written, its answer lost, creating the permission set its other rows refer to: found through the set, and undone', async () => {
    const org = await auditedOrg(generateOrg(withoutBalanceSet(clean()), { justOnUsers: 20, usersLackingAccess: 20 }));
    const plan = planFixes(org.result, org.snapshot, { fixType: 'review' });
    expect(plan.changes.some((c) => c.sobject === 'PermissionSet' && c.operation === 'sobject.create')).toBe(true);
    const before = org.orgData.toSnapshot();
    org.emulator.faults.add({ path: '/composite', writes: true, nth: 1, fault: { kind: 'reset', applied: true } });
    const error = await applyFixes(org.connection(), plan, { snapshot: org.snapshot, journalDir: await tempDir(), orgId: org.orgId }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FixApplyError);
    expect((error as FixApplyError).outcome).toMatchObject({ status: 'rolled-back', rollbackComplete: true });
    expect(sameOrgApartFromStamps(before, org.orgData.toSnapshot())).toEqual([]);
    const journal = JSON.parse(await readFile((error as FixApplyError).outcome.journalPath!, 'utf8')) as Journal;
    const records = plan.changes.filter((c) => c.operation !== 'metadata.update').map((c) => c.id);
    expect(actions(journal, 'undo-after-failure', 'undone').sort()).toEqual([...records].sort());
  }, 60_000);
});
