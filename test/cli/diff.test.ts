import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '@juston-audit/org-snapshot';
import { diffSchemaProblems } from '../diff/diff-schema.js';
import { clean, misconfigured, modify } from '../harness/snapshots.js';
import { cli, SAMPLE, tempDir } from './helpers.js';

function write(dir: string, name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const cachingOn = (s: Snapshot) => modify(s, (x) => void (x.metadata.MobileSettings!.Mobile!.enableS1EncryptedStoragePref2 = true));

describe('juston-audit diff', () => {
  it('exits 0 with "No changes." for two equal snapshots, 1 with the changes otherwise', async () => {
    const cwd = tempDir();
    write(cwd, 'later.json', cachingOn(clean()));
    const same = await cli(['diff', SAMPLE.clean, SAMPLE.clean], { cwd });
    expect([same.code, same.stderr]).toEqual([0, '']);
    expect(same.stdout).toMatch(/^Acme Billing GmbH \(00D5g0000000001AAA\): .* → .*\nNo changes\.\n$/);

    const changed = await cli(['diff', SAMPLE.clean, 'later.json'], { cwd });
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain('Settings:\n  ~ MobileSettings.enableS1EncryptedStoragePref2: false → true\n');
    expect(changed.stdout).toContain('  ~ session/browser-caching-disabled: pass → fail\n');

    const sameJson = await cli(['diff', SAMPLE.clean, SAMPLE.clean, '--format', 'json'], { cwd });
    expect(sameJson.code, sameJson.stderr).toBe(0);
    const none = JSON.parse(sameJson.stdout);
    expect(diffSchemaProblems(none)).toEqual([]);
    expect(none).toMatchObject({ inputKind: 'snapshot', changes: 0, old: { path: SAMPLE.clean }, new: { path: SAMPLE.clean } });
    expect(none.sections).toHaveLength(11);
  });

  it('--format markdown --output FILE writes the file (owner-only) and nothing to stdout', async () => {
    const cwd = tempDir();
    write(cwd, 'later.json', cachingOn(clean()));
    const result = await cli(['diff', SAMPLE.clean, 'later.json', '--format', 'markdown', '--output', 'changes.md'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`markdown diff written to ${join(cwd, 'changes.md')}\n`);
    expect(readFileSync(join(cwd, 'changes.md'), 'utf8')).toContain(
      '### Settings\n\n- changed: MobileSettings.enableS1EncryptedStoragePref2: false → true\n',
    );
    expect(statSync(join(cwd, 'changes.md')).mode & 0o777).toBe(0o600);
  });

  it('two JSON reports: the rules whose status changed', async () => {
    const cwd = tempDir();
    write(cwd, 'later.json', cachingOn(clean()));
    await cli(['--snapshot', SAMPLE.clean, '--format', 'json', '--output', 'night-1.json'], { cwd });
    await cli(['--snapshot', 'later.json', '--format', 'json', '--output', 'night-2.json'], { cwd });
    const result = await cli(['diff', 'night-1.json', 'night-2.json', '--format', 'json'], { cwd });
    expect(result.code, result.stderr).toBe(1);
    const diff = JSON.parse(result.stdout);
    expect(diffSchemaProblems(diff)).toEqual([]);
    expect(diff).toMatchObject({ inputKind: 'report', changes: 1 });
    expect(diff.sections.find((s: { id: string }) => s.id === 'rules').changes).toEqual([
      { kind: 'changed', subject: 'session/browser-caching-disabled', before: 'pass', after: 'fail' },
    ]);
  });

  it('refuses two orgs, a snapshot against a report, and malformed files: one line, exit 2', async () => {
    const cwd = tempDir();
    const orgs = await cli(['diff', SAMPLE.clean, SAMPLE.misconfigured], { cwd });
    expect(orgs.code).toBe(2);
    expect(orgs.stderr).toMatch(
      /^juston-audit: diff: .*clean-org\.json is of Acme Billing GmbH \(00D5g0000000001AAA\) but .* is of Nordwind .*; compare two audits of the same org\n$/,
    );

    await cli(['--snapshot', SAMPLE.clean, '--format', 'json', '--output', 'report.json'], { cwd });
    const mixed = await cli(['diff', SAMPLE.clean, 'report.json'], { cwd });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/is a snapshot but .*report\.json is a report; compare two snapshots or two JSON reports\n$/);

    const broken = clean();
    (broken.records.User![1] as Record<string, unknown>).Id = 42;
    const badSnapshot = write(cwd, 'bad-snapshot.json', broken);
    const snapshotError = await cli(['diff', SAMPLE.clean, 'bad-snapshot.json'], { cwd });
    expect([snapshotError.code, snapshotError.stderr]).toEqual([
      2,
      `juston-audit: Invalid snapshot ${badSnapshot}: $.records.User[1].Id: must be string\n`,
    ]);

    const report = JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8'));
    report.runs[0].results[0].status = 'great';
    const badReport = write(cwd, 'bad-report.json', report);
    const reportError = await cli(['diff', 'report.json', 'bad-report.json'], { cwd });
    expect(reportError.code).toBe(2);
    expect(reportError.stderr).toContain(`Invalid report ${badReport}`);
    expect(reportError.stderr).toContain('$.runs[0].results[0].status: must be one of');

    const notJson = await cli(['diff', SAMPLE.clean, write(cwd, 'x.json', '{')], { cwd });
    expect([notJson.code, notJson.stderr]).toEqual([2, expect.stringMatching(/^juston-audit: diff input .*x\.json: not valid JSON/)]);
    expect(misconfigured().records.Organization![0]!.Id).not.toBe(clean().records.Organization![0]!.Id);
  });

  it('--help shows examples and the exit codes', async () => {
    const help = await cli(['diff', '--help']);
    expect(help.code).toBe(0);
    const text = help.stdout.replace(/\s+/g, ' ');
    expect(text).toContain('juston-audit diff old.json new.json two snapshots (--save-snapshot)');
    expect(text).toContain('Exit codes: 0 nothing changed; 1 something changed');
  });
});
