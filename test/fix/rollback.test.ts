import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { FixError } from '../../src/errors.js';
import { applyFixes, planFixes, rollbackJournal } from '../../src/fix/index.js';
import { misconfigured, withRecords } from '../harness/snapshots.js';
import { auditedOrg, openFingerprints, reaudit, sameOrgApartFromStamps, tempDir } from './helpers.js';

const withFreeSeat = () =>
  withRecords(misconfigured(), { PackageLicense: (rows) => rows.map((l) => ({ ...l, AllowedLicenses: Number(l.UsedLicenses) + 1 })) });

async function fixed() {
  const org = await auditedOrg(withFreeSeat());
  const original = org.orgData.toSnapshot();
  const plan = planFixes(org.result, org.snapshot, { fixType: 'review' });
  const outcome = await applyFixes(org.connection(), plan, { snapshot: org.snapshot, journalDir: await tempDir(), orgId: org.orgId });
  return { org, original, plan, outcome, journal: outcome.journalPath! };
}

describe('rollbackJournal', () => {
  it('brings back exactly the original findings and the original org', async () => {
    const { org, original, plan, journal } = await fixed();
    expect(openFingerprints((await reaudit(org)).result)).not.toEqual(openFingerprints(org.result));
    const outcome = await rollbackJournal(org.connection(), journal, { orgId: org.orgId });
    expect(outcome.status).toBe('rolled-back');
    expect(outcome.restored.sort()).toEqual(plan.changes.map((c) => c.id).sort());
    expect(openFingerprints((await reaudit(org)).result)).toEqual(openFingerprints(org.result));
    // Rows the fix updated and the rollback wrote back differ only in their audit stamps.
    expect(sameOrgApartFromStamps(original, org.orgData.toSnapshot())).toEqual([]);
    expect(JSON.parse(await readFile(journal, 'utf8')).status).toBe('rolled-back');
  });

  it('is safe to run twice: the second run writes nothing and says so', async () => {
    const { org, journal } = await fixed();
    await rollbackJournal(org.connection(), journal, { orgId: org.orgId });
    const afterFirst = org.orgData.toSnapshot();
    const calls = org.emulator.stats.apiCalls;
    const second = await rollbackJournal(org.connection(), journal, { orgId: org.orgId });
    expect(second.status).toBe('nothing-to-do');
    expect(second.message).toMatch(/already rolled back/);
    expect(second.apiCalls.writes).toBe(0);
    expect(org.emulator.stats.apiCalls - calls).toBe(second.apiCalls.reads);
    expect(org.orgData.toSnapshot()).toEqual(afterFirst);
  });

  it('treats records someone else already removed as undone and restores the rest', async () => {
    const { org, plan, outcome, journal } = await fixed();
    const assignment = plan.changes.find((c) => c.sobject === 'PermissionSetAssignment')!;
    org.orgData.delete('PermissionSetAssignment', outcome.changes.find((c) => c.changeId === assignment.id)!.recordId!, 'data');
    const result = await rollbackJournal(org.connection(), journal, { orgId: org.orgId });
    expect(result.alreadyUndone).toEqual([assignment.id]);
    expect(result.restored).toHaveLength(plan.changes.length - 1);
    expect(openFingerprints((await reaudit(org)).result)).toEqual(openFingerprints(org.result));
  });

  it('lists a settings change whose Metadata API write failed as failed, with the error, and restores the rest', async () => {
    const { org, plan, journal } = await fixed();
    const settings = plan.changes.filter((c) => c.operation === 'metadata.update').map((c) => c.id);
    expect(settings.length).toBeGreaterThan(0);
    org.emulator.faults.add({ operation: 'updateMetadata', fault: { kind: 'http-error', status: 500 }, times: 1000 });
    const result = await rollbackJournal(org.connection(), journal, { orgId: org.orgId });
    expect(result.status).toBe('partial');
    expect(result.failed.map((f) => f.changeId)).toEqual(settings);
    for (const failure of result.failed)
      expect(failure).toMatchObject({ status: 'failed', detail: expect.stringContaining('(HTTP 500) on Metadata API updateMetadata') });
    expect(result.restored).toHaveLength(plan.changes.length - settings.length);
    expect(result.message).toContain(`0 conflicts, ${settings.length} failed;`);
  });

  it("refuses another org's journal, by the caller's org Id and by the connected org", async () => {
    const { org, journal } = await fixed();
    const before = org.orgData.toSnapshot();
    await expect(rollbackJournal(org.connection(), journal, { orgId: '00D5g0000000009AAA' })).rejects.toThrow(FixError);
    const other = await auditedOrg(
      withRecords(misconfigured(), { Organization: (rows) => rows.map((o) => ({ ...o, Id: '00D5g0000000009AAA' })) }),
    );
    await expect(rollbackJournal(other.connection(), journal, { orgId: org.orgId })).rejects.toThrow(
      /belongs to org 00D5g0000000002AAA, but the connection is to 00D5g0000000009AAA/,
    );
    expect(org.orgData.toSnapshot()).toEqual(before);
  });

  it('rejects a malformed journal naming the file and the JSON path', async () => {
    const { org, journal } = await fixed();
    const data = JSON.parse(await readFile(journal, 'utf8'));
    data.changes[1].operation = 'sobject.upsert';
    await writeFile(journal, JSON.stringify(data));
    const error = await rollbackJournal(org.connection(), journal, { orgId: org.orgId }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain(journal);
    expect((error as Error).message).toContain('$.changes[1].operation');
    await writeFile(journal, '{"format": ');
    await expect(rollbackJournal(org.connection(), journal, { orgId: org.orgId })).rejects.toThrow(/not valid JSON/);
  });
});
