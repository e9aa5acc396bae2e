import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Change, OrgDiff } from '../../src/diff/types.js';
import { diffSchemaProblems } from '../diff/diff-schema.js';
import { misconfigured, modify } from '../harness/snapshots.js';
import { cli, emulated, liveArgs, liveEnv, tempDir } from './helpers.js';

/** The demo org without its Balance permission set and with a free seat: the fix creates a set, its rows, assignments and a licence. */
const demoNeedingEverything = () =>
  modify(misconfigured(), (s) => {
    const ps = s.records.PermissionSet!.find((p) => p.Name === 'Balance_Access')!.Id;
    s.records.PermissionSet = s.records.PermissionSet!.filter((p) => p.Id !== ps);
    for (const name of [
      'PermissionSetAssignment',
      'ObjectPermissions',
      'FieldPermissions',
      'PermissionSetTabSetting',
      'SetupEntityAccess',
    ]) {
      s.records[name] = s.records[name]!.filter((r) => r.ParentId !== ps && r.PermissionSetId !== ps);
    }
    const licence = s.records.PackageLicense![0]!;
    licence.AllowedLicenses = Number(licence.AllowedLicenses) + 1;
  });

const SET = "permission set 'JustOn_Balance_Access'";
const READ_EDIT = ['Amount', 'Date', 'Draft', 'Invoice', 'Type', 'WriteOffReason'];

/** Exactly what `--fix --yes --fix-type review` writes to that org, as the diff names it. */
const CREATED: Record<string, Array<[string, string?]>> = {
  licences: [['ben.billing@nordwind.example']],
  'permission-sets': [[SET]],
  assignments: [
    ...['ada.admin', 'anna.billing', 'carla.collections', 'dan.dunning'].map((u): [string] => [`${u}@nordwind.example ← ${SET}`]),
    ["dan.dunning@nordwind.example ← permission set 'JustOn_Read_Write'"],
  ],
  'object-permissions': [[`${SET} · ONB2__Balance__c`, 'Read, Create, Edit']],
  'field-permissions': [
    ...READ_EDIT.map((f): [string, string] => [`${SET} · ONB2__Balance__c.ONB2__${f}__c`, 'Read, Edit']),
    [`${SET} · ONB2__Balance__c.ONB2__InvoiceIsFinalized__c`, 'Read'],
    [`${SET} · Task.Type`, 'Read, Edit'],
  ],
  'tab-settings': [[`${SET} · ONB2__Balance__c`, 'DefaultOn']],
  'setup-entity-access': [
    [`${SET} → connected app 'JustOn Platform'`],
    ["profile 'System Administrator' → connected app 'JustOn Platform'"],
  ],
};

const added = ([subject, after]: [string, string?]): Change => ({ kind: 'added', subject, ...(after ? { after } : {}) });
const bySubject = (a: Change, b: Change) => a.subject.localeCompare(b.subject);

describe('diff of the demo org before and after --fix --yes', () => {
  it('lists exactly the permission set, assignments, object, field and tab settings, app access, licence and settings the fix created', async () => {
    const org = await emulated(demoNeedingEverything());
    const cwd = tempDir();
    const audit = (extra: string[]) => cli([...liveArgs(org), ...extra], { env: liveEnv(org), cwd });
    expect((await audit(['--save-snapshot', 'before.json'])).code).toBe(1);
    const fixed = await audit(['--fix', '--yes', '--fix-type', 'review']);
    expect(fixed.stdout).toMatch(/21 applied, 0 conflicts/);
    expect((await audit(['--save-snapshot', 'after.json'])).code).toBe(1);

    const result = await cli(['diff', 'before.json', 'after.json', '--format', 'json'], { cwd });
    expect(result.code, result.stderr).toBe(1);
    const diff = JSON.parse(result.stdout) as OrgDiff;
    expect(diffSchemaProblems(diff)).toEqual([]);
    const section = (id: string) => diff.sections.find((s) => s.id === id)!.changes;
    for (const [id, rows] of Object.entries(CREATED)) expect([id, section(id)]).toEqual([id, rows.map(added).sort(bySubject)]);
    expect(section('settings')).toEqual([
      { kind: 'changed', subject: 'ContentSettings.enableContentDistribution', before: 'false', after: 'true' },
      { kind: 'changed', subject: 'MobileSettings.enableS1EncryptedStoragePref2', before: 'true', after: 'false' },
    ]);
    // Every change the journal records is one line of the diff, and nothing else changed but rule statuses.
    const journal = readdirSync(join(cwd, '.juston-audit'))[0]!;
    const journalChanges = (JSON.parse(readFileSync(join(cwd, '.juston-audit', journal), 'utf8')) as { changes: unknown[] }).changes;
    const structural = diff.sections.filter((s) => s.id !== 'rules').flatMap((s) => s.changes);
    expect(structural).toHaveLength(journalChanges.length);
    expect(section('package')).toEqual([]);
    expect(section('rules')).toContainEqual({ kind: 'changed', subject: 'license/assigned', before: 'fail', after: 'pass' });
    expect(section('rules').every((c) => c.kind === 'changed' && c.before === 'fail' && c.after === 'pass')).toBe(true);
  });
});
