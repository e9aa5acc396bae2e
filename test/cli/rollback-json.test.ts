import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Journal } from '../../src/fix/journal.js';
import { compileOnce, describeSchemaErrors } from '../../src/support/json-schema.js';
import { cli, emulated, liveArgs, liveEnv, parseReport, tempDir } from './helpers.js';

const validateRollback = compileOnce('rollback.schema.json');
const schemaProblems = (json: unknown) => (validateRollback()(json) ? [] : describeSchemaErrors(validateRollback().errors));

/** A fix applied with --yes on the misconfigured sample: the org, the journal's path and the ids of the changes it applied. */
async function fixed() {
  const org = await emulated('samples/misconfigured-org.json');
  const cwd = tempDir();
  const fix = await cli([...liveArgs(org), '--fix', '--yes', '--fix-type', 'review'], { env: liveEnv(org), cwd });
  expect(fix.code, fix.stderr).toBe(1);
  const journal = join(cwd, '.juston-audit', readdirSync(join(cwd, '.juston-audit'))[0]);
  const { changes, events } = JSON.parse(readFileSync(journal, 'utf8')) as Journal;
  const applied = events.filter((e) => e.phase === 'apply' && e.action === 'applied').map((e) => e.changeId);
  const appliedTo = (sobject: string) => changes.filter((c) => c.sobject === sobject && applied.includes(c.id)).map((c) => c.id);
  return { org, cwd, journal, applied, appliedTo };
}

describe('rollback --format json', () => {
  it('after --fix --yes lists every applied change as restored; run again, nothing to do; never a token', async () => {
    const { org, cwd, journal, applied } = await fixed();
    expect(applied.length).toBeGreaterThan(3);
    const result = await cli(['rollback', journal, '--yes', '--format', 'json', ...liveArgs(org)], { env: liveEnv(org), cwd });
    expect(result.code, result.stderr).toBe(0);
    const rollback = parseReport(result);
    expect(schemaProblems(rollback)).toEqual([]);
    expect(rollback).toMatchObject({
      format: 'juston-audit.rollback/v1',
      org: { id: '00D5g0000000002AAA', name: 'Nordwind Handel GmbH (Full Sandbox)', instanceUrl: org.emulator.instanceUrl },
      status: 'rolled-back',
      journalPath: journal,
      alreadyUndone: [],
      conflicts: [],
      failed: [],
      outcome: 'ok',
    });
    expect([...rollback.restored].sort()).toEqual([...applied].sort());
    expect(rollback.apiCalls.writes).toBeGreaterThan(0);
    expect(rollback.message).toMatch(new RegExp(`^${applied.length} changes restored, 0 already undone`));
    expect(result.stdout).not.toContain(org.emulator.accessToken);

    const again = parseReport(await cli(['rollback', journal, '--yes', '--format', 'json', ...liveArgs(org)], { env: liveEnv(org), cwd }));
    expect(schemaProblems(again)).toEqual([]);
    expect(again).toMatchObject({ status: 'nothing-to-do', restored: [], apiCalls: { writes: 0 }, outcome: 'ok' });
  });

  it('a "no" answer: status declined, nothing restored, the org unchanged', async () => {
    const { org, cwd, journal } = await fixed();
    const afterFix = org.orgData.toSnapshot();
    const result = await cli(['rollback', journal, '--format', 'json', ...liveArgs(org)], {
      env: liveEnv(org),
      cwd,
      confirm: async () => false,
    });
    expect(result.code).toBe(0);
    const rollback = parseReport(result);
    expect(schemaProblems(rollback)).toEqual([]);
    expect(rollback).toMatchObject({ status: 'declined', restored: [], failed: [], message: 'Nothing changed.', outcome: 'ok' });
    expect(org.orgData.toSnapshot()).toEqual(afterFix);
  });

  it("writes that fail: listed in failed with the org's error (status partial, exit 1), in the terminal too; a later run restores them", async () => {
    const { org, cwd, journal, applied, appliedTo } = await fixed();
    const assignments = appliedTo('PermissionSetAssignment');
    expect(assignments.length).toBeGreaterThan(0);
    // Reads still work: only the rollback's writes of assignments are refused, per record.
    org.emulator.faults.add({ writes: true, fault: { kind: 'deny-access', sobjects: ['PermissionSetAssignment'] } });
    const rollback = (format: string[]) => cli(['rollback', journal, '--yes', ...format, ...liveArgs(org)], { env: liveEnv(org), cwd });

    const result = await rollback(['--format', 'json']);
    expect(result.code, result.stderr).toBe(1);
    const partial = parseReport(result);
    expect(schemaProblems(partial)).toEqual([]);
    expect(partial).toMatchObject({ status: 'partial', conflicts: [], outcome: 'failing' });
    expect(partial.failed.map((f: { changeId: string }) => f.changeId).sort()).toEqual([...assignments].sort());
    for (const failure of partial.failed)
      expect(failure).toEqual({
        changeId: failure.changeId,
        status: 'failed',
        detail: expect.stringContaining('INSUFFICIENT_ACCESS_OR_READONLY'),
      });
    expect([...partial.restored, ...partial.failed.map((f: { changeId: string }) => f.changeId)].sort()).toEqual([...applied].sort());
    expect(partial.message).toContain(`, ${assignments.length} failed;`);

    const terminal = await rollback([]);
    expect(terminal.code).toBe(1);
    expect(terminal.stdout).toMatch(new RegExp(`^0 changes restored, 0 already undone, 0 conflicts, ${assignments.length} failed;`));
    for (const id of assignments)
      expect(terminal.stdout).toMatch(new RegExp(`\\n  not restored \\(the write failed\\): ${id}: .*INSUFFICIENT_ACCESS_OR_READONLY`));

    org.emulator.faults.clear();
    const retried = parseReport(await rollback(['--format', 'json']));
    expect(retried).toMatchObject({ status: 'rolled-back', failed: [], outcome: 'ok' });
    expect([...retried.restored].sort()).toEqual([...assignments].sort());
  });
});
