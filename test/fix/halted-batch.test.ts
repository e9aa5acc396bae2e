import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateOrg } from '@juston-audit/salesforce-emulator';
import type { Snapshot } from '@juston-audit/org-snapshot';
import { applyFixes, FixApplyError, planFixes } from '../../src/fix/index.js';
import type { Journal } from '../../src/fix/journal.js';
import type { ApplyProgress, FixPlan } from '../../src/fix/types.js';
import { clean, misconfigured, withRecords } from '../harness/snapshots.js';
import { auditedOrg, sameOrgApartFromStamps, tempDir } from './helpers.js';

type Audited = Awaited<ReturnType<typeof auditedOrg>>;

/**
 * Applies the plan; right after the re-read, "someone else" assigns the fix's permission set to one user,
 * so that one record of a write batch fails on Salesforce's own rule (DUPLICATE_VALUE) while the rest of
 * its batch is valid. Returns the failure, the org as it was just before the first write, and the journal.
 */
async function applyWithOneRecordFailing(org: Audited, plan: FixPlan, victim: string) {
  const assignment = plan.changes.find((c) => c.sobject === 'PermissionSetAssignment' && c.target.name === victim)!;
  let beforeWrites: Snapshot | undefined;
  const onProgress = (p: ApplyProgress) => {
    if (p.phase !== 'journal') return;
    org.orgData.create('PermissionSetAssignment', assignment.after, 'data');
    beforeWrites = org.orgData.toSnapshot();
  };
  const error = await applyFixes(org.connection(), plan, {
    snapshot: org.snapshot,
    journalDir: await tempDir(),
    orgId: org.orgId,
    onProgress,
  }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FixApplyError);
  const { outcome } = error as FixApplyError;
  const journal = JSON.parse(await readFile(outcome.journalPath!, 'utf8')) as Journal;
  return { error: error as FixApplyError, outcome, journal, beforeWrites: beforeWrites!, failing: assignment.id };
}

const actions = (journal: Journal, phase: string, action: string) =>
  journal.events.filter((e) => e.phase === phase && e.action === action).map((e) => e.changeId);

describe('a record failing inside an allOrNone write batch', () => {
  it('writes nothing of its batch: the org is unchanged, the journal names the failed record and skips the rest', async () => {
    const org = await auditedOrg(
      withRecords(misconfigured(), { PackageLicense: (rows) => rows.map((l) => ({ ...l, AllowedLicenses: Number(l.UsedLicenses) + 1 })) }),
    );
    const plan = planFixes(org.result, org.snapshot, { fixType: 'review' });
    const { outcome, journal, beforeWrites, failing, error } = await applyWithOneRecordFailing(
      org,
      plan,
      'carla.collections@nordwind.example',
    );

    expect(sameOrgApartFromStamps(beforeWrites, org.orgData.toSnapshot())).toEqual([]);
    expect(error.message).toContain('DUPLICATE_VALUE');
    expect(outcome).toMatchObject({ status: 'rolled-back', rollbackComplete: true });
    expect(journal.status).toBe('failed-rolled-back');
    expect(actions(journal, 'apply', 'failed')).toEqual([failing]);
    expect(journal.events.find((e) => e.action === 'failed')!.detail).toContain('DUPLICATE_VALUE');
    const records = plan.changes.filter((c) => c.operation !== 'metadata.update').map((c) => c.id);
    expect(actions(journal, 'apply', 'skipped').sort()).toEqual(records.filter((id) => id !== failing).sort());
    expect(journal.events.filter((e) => e.action === 'applied' || e.recordId)).toEqual([]);
    expect(journal.events.filter((e) => e.phase !== 'apply')).toEqual([]); // nothing to undo
    expect(outcome.apiCalls.writes).toBe(1); // the one batch: no setting written after it failed, nothing to undo
  });

  it('in a later batch: the batches before it are undone, nothing of its own is written, the journal says which', async () => {
    const org = await auditedOrg(generateOrg(clean(), { justOnUsers: 1200, usersLackingAccess: 1200 }));
    const plan = planFixes(org.result, org.snapshot, { fixType: 'review' });
    const assignments = plan.changes.filter((c) => c.sobject === 'PermissionSetAssignment');
    expect(assignments.length).toBeGreaterThan(1000); // more than 5 collections of 200: at least two write batches
    const { outcome, journal, beforeWrites, failing } = await applyWithOneRecordFailing(org, plan, assignments.at(-1)!.target.name);

    expect(sameOrgApartFromStamps(beforeWrites, org.orgData.toSnapshot())).toEqual([]);
    expect(outcome).toMatchObject({ status: 'rolled-back', rollbackComplete: true });
    expect(journal.status).toBe('failed-rolled-back');
    const applied = actions(journal, 'apply', 'applied');
    const skipped = actions(journal, 'apply', 'skipped');
    expect(applied.length).toBeGreaterThan(0);
    expect(actions(journal, 'undo-after-failure', 'undone').sort()).toEqual(applied.sort());
    expect(actions(journal, 'apply', 'failed')).toEqual([failing]);
    // every change of the failed batch is recorded as not written, none as applied
    expect(new Set([...applied, ...skipped, failing]).size).toBe(applied.length + skipped.length + 1);
    expect(skipped.length).toBeGreaterThan(0);
    expect(journal.events.filter((e) => skipped.includes(e.changeId)).every((e) => e.action === 'skipped' && !e.recordId)).toBe(true);
  }, 60_000);
});
