import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { misconfigured, withRecords } from '../harness/snapshots.js';
import {
  auditJson,
  cli,
  emulated,
  liveArgs,
  liveEnv,
  openFindings,
  parseReport,
  reportSchemaProblems,
  statuses,
  tempDir,
} from './helpers.js';
import { AUTO_FIXED_ON_MISCONFIGURED } from '../harness/rule-ids.js';

describe('--fix without applying', () => {
  it('--fix with no terminal and no --yes refuses with a clear message (exit 2) and changes nothing', async () => {
    const org = await emulated('samples/misconfigured-org.json');
    const before = org.orgData.toSnapshot();
    const cwd = tempDir();
    const result = await cli([...liveArgs(org), '--fix'], { env: liveEnv(org), cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/juston-audit: --fix: no terminal to confirm on; pass --yes to apply without asking/);
    expect(org.orgData.toSnapshot()).toEqual(before);
    expect(existsSync(join(cwd, '.juston-audit'))).toBe(false);
  });

  it('--fix --dry-run changes nothing, and --format json carries the plan (JSON alone on stdout, the plan text on stderr)', async () => {
    const org = await emulated('samples/misconfigured-org.json');
    const before = org.orgData.toSnapshot();
    const cwd = tempDir();
    const requests = () => org.emulator.stats.requests.length;
    const log = (from: number) =>
      org.emulator.stats.requests
        .slice(from)
        .map((r) => `${r.method} ${r.path} ${r.operation ?? ''}`)
        .sort();
    let from = requests();
    await auditJson(org, [], { cwd });
    const plainAudit = log(from);
    from = requests();
    const { code, report, stderr } = await auditJson(org, ['--fix', '--dry-run'], { cwd });
    // A dry run sends exactly the requests of a plain audit: no write, no re-read.
    expect(log(from)).toEqual(plainAudit);
    expect(code).toBe(1);
    expect(org.orgData.toSnapshot()).toEqual(before);
    expect(existsSync(join(cwd, '.juston-audit'))).toBe(false);
    expect(reportSchemaProblems(report)).toEqual([]);
    const plan = report.runs[0].fixPlan;
    expect(plan).toMatchObject({ format: 'juston-audit.fix-plan/v1', fixType: 'safe', isSandbox: true });
    // Each change names the rules it repairs, the target, the operation and the values before and after.
    const caching = plan.changes.find((c: { sobject: string }) => c.sobject === 'MobileSettings');
    expect(caching).toMatchObject({
      ruleIds: ['session/browser-caching-disabled'],
      operation: 'metadata.update',
      before: { enableS1EncryptedStoragePref2: true },
      after: { enableS1EncryptedStoragePref2: false },
    });
    const ruleIds = new Set(plan.changes.flatMap((c: { ruleIds: string[] }) => c.ruleIds));
    // safe fixes only: the reviewed connected-app users fix is refused, with the reason.
    expect(ruleIds.has('connected-app/users-authorized')).toBe(false);
    expect(plan.refusals.map((r: { ruleId: string }) => r.ruleId)).toContain('connected-app/users-authorized');
    expect(plan.manual.map((m: { ruleId: string }) => m.ruleId).sort()).toEqual([
      'connected-app/admin-approved',
      'install/remote-sites-active',
      'jobs/scheduled',
      'support/login-access',
    ]);
    expect(stderr).toMatch(/Fix plan for Nordwind Handel GmbH/);
  });

  it('a confirmation answered "no" changes nothing; a production org is named as such in the question', async () => {
    const asked: string[] = [];
    const no = async (question: string) => {
      asked.push(question);
      return false;
    };
    const sandbox = await emulated('samples/misconfigured-org.json');
    const production = await emulated(
      withRecords(misconfigured(), { Organization: (rows) => rows.map((o) => ({ ...o, IsSandbox: false })) }),
    );
    for (const org of [sandbox, production]) {
      const before = org.orgData.toSnapshot();
      const cwd = tempDir();
      const result = await cli([...liveArgs(org), '--fix'], { env: liveEnv(org), cwd, confirm: no });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('Nothing changed.');
      expect(org.orgData.toSnapshot()).toEqual(before);
      expect(existsSync(join(cwd, '.juston-audit'))).toBe(false);
    }
    expect(asked).toHaveLength(2);
    expect(asked[0]).toMatch(/^Apply \d+ change\(s\) to org Nordwind Handel GmbH \(Full Sandbox\)\?$/);
    expect(asked[1]).toMatch(/the PRODUCTION org Nordwind Handel GmbH/);
  });
});

describe('--fix --yes --fix-type review, then rollback', () => {
  it('repairs the auto-fixable rules with a journal under the working directory; rollback restores the original findings; a second rollback has nothing to do', async () => {
    const org = await emulated('samples/misconfigured-org.json');
    const cwd = tempDir();
    const original = await auditJson(org, [], { cwd });
    for (const id of AUTO_FIXED_ON_MISCONFIGURED) expect(statuses(original.report)[id]).toBe('fail');

    const fixed = await cli([...liveArgs(org), '--fix', '--yes', '--fix-type', 'review'], { env: liveEnv(org), cwd });
    // Rules a person must fix remain, so the run still fails.
    expect(fixed.code, fixed.stderr).toBe(1);
    expect(fixed.stdout).toMatch(/Verification: (\d+) verified, 0 not verified, 0 failed/);
    const journals = readdirSync(join(cwd, '.juston-audit'));
    expect(journals).toHaveLength(1);
    expect(journals[0]).toMatch(/^journal-00D5g0000000002AAA-\d{8}T\d{9}Z\.json$/);
    const journal = join(cwd, '.juston-audit', journals[0]);
    expect(statSync(journal).mode & 0o777).toBe(0o600);
    expect(fixed.stdout).toContain(`Undo with: juston-audit rollback ${journal}`);

    const fresh = await auditJson(org, [], { cwd });
    for (const id of AUTO_FIXED_ON_MISCONFIGURED) expect([id, statuses(fresh.report)[id]]).toEqual([id, 'pass']);
    // No free seat: the licence fix is refused and the rule still fails; manual rules are untouched.
    for (const id of ['license/assigned', 'connected-app/admin-approved', 'install/remote-sites-active'])
      expect(statuses(fresh.report)[id]).toBe('fail');

    // A second --fix has nothing left to apply.
    const again = await cli([...liveArgs(org), '--fix', '--yes', '--fix-type', 'review', '--format', 'json'], { env: liveEnv(org), cwd });
    expect(parseReport(again).runs[0].fixPlan.changes).toEqual([]);
    expect(readdirSync(join(cwd, '.juston-audit'))).toHaveLength(1);

    const rollback = await cli(['rollback', journal, '--yes', ...liveArgs(org)], { env: liveEnv(org), cwd });
    expect(rollback.code, rollback.stderr).toBe(0);
    expect(rollback.stdout).toMatch(/^\d+ changes restored, 0 already undone, 0 conflicts, 0 failed/);
    const restored = await auditJson(org, [], { cwd });
    expect(openFindings(restored.report)).toEqual(openFindings(original.report));
    expect(statuses(restored.report)).toEqual(statuses(original.report));

    const second = await cli(['rollback', journal, '--yes', ...liveArgs(org)], { env: liveEnv(org), cwd });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Nothing to roll back/);
    expect(openFindings((await auditJson(org, [], { cwd })).report)).toEqual(openFindings(original.report));
  });

  it('rollback without --yes and no terminal refuses; with a "no" answer changes nothing', async () => {
    const org = await emulated('samples/misconfigured-org.json');
    const cwd = tempDir();
    const fixed = await cli([...liveArgs(org), '--fix', '--yes'], { env: liveEnv(org), cwd });
    expect(fixed.code).toBe(1);
    const journal = join(cwd, '.juston-audit', readdirSync(join(cwd, '.juston-audit'))[0]);
    const afterFix = org.orgData.toSnapshot();
    const refused = await cli(['rollback', journal, ...liveArgs(org)], { env: liveEnv(org), cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/rollback: no terminal to confirm on; pass --yes/);
    const declined = await cli(['rollback', journal, ...liveArgs(org)], { env: liveEnv(org), cwd, confirm: async () => false });
    expect(declined.code).toBe(0);
    expect(declined.stdout).toBe('Nothing changed.\n');
    expect(org.orgData.toSnapshot()).toEqual(afterFix);
  });
});
