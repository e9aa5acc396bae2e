import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AUTO_FIXED_ON_MISCONFIGURED } from '../harness/rule-ids.js';
import {
  auditJson,
  cli,
  emulated,
  fakeSf,
  liveArgs,
  liveEnv,
  parseReport,
  reportSchemaProblems,
  SAMPLE,
  tempDir,
  type JsonReport,
} from './helpers.js';

const states = (report: JsonReport, state: string): string[] =>
  report.results.flatMap((r: JsonReport) => r.findings.filter((f: JsonReport) => f.baselineState === state).map(() => r.ruleId)).sort();

describe('--baseline: a nightly audit against the previous night', () => {
  it('audit, --fix --yes, audit with --baseline: the repaired findings are absent, none new, exit 0; a later regression is new and exits 1', async () => {
    const org = await emulated('samples/misconfigured-org.json');
    const cwd = tempDir();
    const first = await auditJson(org, [], { cwd });
    expect(first.code).toBe(1);
    writeFileSync(join(cwd, 'night-1.json'), first.stdout);

    const fixed = await cli([...liveArgs(org), '--fix', '--yes', '--fix-type', 'review'], { env: liveEnv(org), cwd });
    expect(fixed.code, fixed.stderr).toBe(1); // rules a person must fix remain

    const second = await auditJson(org, ['--baseline', 'night-1.json'], { cwd });
    expect(second.code, second.stderr).toBe(0);
    expect(reportSchemaProblems(second.report)).toEqual([]);
    expect(states(second.report, 'new')).toEqual([]);
    const absentRules = [...new Set(second.report.baseline.absent.map((f: JsonReport) => f.ruleId))].sort();
    expect(absentRules).toEqual([...AUTO_FIXED_ON_MISCONFIGURED].sort());
    // What a person must fix is still there, unchanged.
    expect(states(second.report, 'unchanged')).toContain('install/remote-sites-active');
    expect(second.report.baseline).toMatchObject({ new: 0, capturedAt: first.report.runs[0].capturedAt });
    writeFileSync(join(cwd, 'night-2.json'), second.stdout);

    // Someone turns browser caching back on (a warning): tonight's audit reports it as new; it fails the run at --fail-on warning.
    org.orgData.updateMetadata('MobileSettings', [{ fullName: 'Mobile', enableS1EncryptedStoragePref2: true }]);
    const args = [...liveArgs(org), '--baseline', 'night-2.json', '--fail-on', 'warning', '--output', 'night-3.sarif'];
    const third = await cli(args, { env: liveEnv(org), cwd });
    expect(third.code, third.stderr).toBe(1);
    expect(third.stdout).toMatch(/^1 new, 0 fixed since \d{4}-\d\d-\d\d \d\d:\d\d UTC$/m);
    expect(third.stdout).toMatch(/JustOn asks to\s+disable it\. \[new\]/);
    // At the default --fail-on error the new warning does not fail the run, and the old errors never do.
    expect((await auditJson(org, ['--baseline', 'night-2.json'], { cwd })).code).toBe(0);
    const results = JSON.parse(readFileSync(join(cwd, 'night-3.sarif'), 'utf8')).runs[0].results;
    const fresh = results.filter((r: JsonReport) => r.baselineState === 'new');
    expect(fresh.map((r: JsonReport) => r.ruleId)).toEqual(['session/browser-caching-disabled']);
    expect(results.filter((r: JsonReport) => r.baselineState === 'absent')).toEqual([]);
  });
});

describe('--baseline that cannot serve', () => {
  const snapshotAudit = (cwd: string, sample: string, extra: string[] = []) =>
    cli(['--snapshot', sample, '--format', 'json', ...extra], { cwd });

  it('a report of another org is refused in one line naming the file and both orgs (exit 2)', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'clean.json'), (await snapshotAudit(cwd, SAMPLE.clean)).stdout);
    const result = await snapshotAudit(cwd, SAMPLE.misconfigured, ['--baseline', 'clean.json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      `juston-audit: --baseline ${join(cwd, 'clean.json')} is a report of Acme Billing GmbH (00D5g0000000001AAA), not of Nordwind Handel GmbH (Full Sandbox) (00D5g0000000002AAA); use an earlier report of the same org`,
    ]);
  });

  it('a malformed report is a usage error naming the file and the JSON path; so is a file that is not JSON or missing', async () => {
    const cwd = tempDir();
    const report = JSON.parse((await snapshotAudit(cwd, SAMPLE.clean)).stdout);
    delete report.runs[0].capturedAt;
    writeFileSync(join(cwd, 'broken.json'), JSON.stringify(report));
    writeFileSync(join(cwd, 'report.sarif'), '<not json>');
    const broken = await snapshotAudit(cwd, SAMPLE.clean, ['--baseline', 'broken.json']);
    expect(broken.code).toBe(2);
    expect(broken.stderr.trim()).toBe(
      `juston-audit: Invalid --baseline ${join(cwd, 'broken.json')}: $.runs[0]: missing required property 'capturedAt'`,
    );
    const notJson = await snapshotAudit(cwd, SAMPLE.clean, ['--baseline', 'report.sarif']);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/^juston-audit: --baseline \S+report\.sarif: not valid JSON \(/);
    const missing = await snapshotAudit(cwd, SAMPLE.clean, ['--baseline', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe(`juston-audit: --baseline ${join(cwd, 'nope.json')}: file not found`);
  });
});

describe('--baseline with several orgs', () => {
  it('matches each org with its own run in a multi-org baseline and refuses an org the baseline lacks', async () => {
    const [acme, nordwind] = await Promise.all([emulated('samples/clean-org.json'), emulated('samples/misconfigured-org.json')]);
    const env = fakeSf({ acme, nordwind });
    const cwd = tempDir();
    const both = await cli(['-o', 'acme', '-o', 'nordwind', '--format', 'json'], { env, cwd });
    writeFileSync(join(cwd, 'both.json'), both.stdout);
    const again = await cli(['-o', 'nordwind', '-o', 'acme', '--format', 'json', '--baseline', 'both.json'], { env, cwd });
    expect(again.code, again.stderr).toBe(0);
    const report = parseReport(again);
    expect(reportSchemaProblems(report)).toEqual([]);
    expect(report.runs.map((run: JsonReport) => [run.org.name, run.baseline.new, run.baseline.absent.length])).toEqual([
      ['Nordwind Handel GmbH (Full Sandbox)', 0, 0],
      ['Acme Billing GmbH', 0, 0],
    ]);
    expect(report.runs[0].baseline.unchanged).toBeGreaterThan(0);

    writeFileSync(join(cwd, 'acme.json'), (await cli(['-o', 'acme', '--format', 'json'], { env, cwd })).stdout);
    const lacking = await cli(['-o', 'acme', '-o', 'nordwind', '--baseline', 'acme.json'], { env, cwd });
    expect(lacking.code).toBe(2);
    expect(lacking.stderr).toMatch(/is a report of Acme Billing GmbH \(00D5g0000000001AAA\), not of Nordwind Handel GmbH/);
  });
});

describe('--help', () => {
  it('lists --baseline with an example', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {}); // in case yargs prints past io.stdout
    try {
      const result = await cli(['--help']);
      expect(result.code).toBe(0);
      const help = [result.stdout, ...log.mock.calls.flat()].join('\n').replace(/\s+/g, ' ');
      expect(help).toMatch(/--baseline compare with an earlier JSON report of the same org\(s\)/);
      // The example wraps in yargs' two columns: its command and its description interleave.
      expect(help).toMatch(/juston-audit -o prod --baseline mark findings new or unchanged night-1\.json against last night's JSON report/);
    } finally {
      log.mockRestore();
    }
  });
});
