import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, emulated, fakeSf, parseReport, reportSchemaProblems, statuses, tempDir, type Served } from './helpers.js';

let acme: Served;
let nordwind: Served;
let sfEnv: NodeJS.ProcessEnv;
beforeAll(async () => {
  [acme, nordwind] = await Promise.all([emulated('samples/clean-org.json'), emulated('samples/misconfigured-org.json')]);
  // 'gone' is not known to the stand-in sf, like an alias whose login was removed.
  sfEnv = fakeSf({ acme, nordwind });
});

/** The matrix row of a rule in the terminal report: its marks, one per org column. */
const terminalRow = (report: string, ruleId: string) => {
  const line = report
    .split('\n')
    .filter((l) => l.startsWith(`${ruleId} `))
    .at(-1);
  return line?.slice(ruleId.length).trim().split(/\s+/);
};

describe('several orgs through the Salesforce CLI (-o a -o b, stand-in sf on PATH)', () => {
  it('one unknown alias: the others are still audited and reported, the reports end with a rules × orgs matrix, exit 3', async () => {
    const dir = tempDir();
    const markdown = join(dir, 'audit.md');
    const json = join(dir, 'audit.json');
    const acmeCalls = acme.emulator.stats.apiCalls;
    const result = await cli(['-o', 'acme', '-o', 'gone', '--target-org', 'nordwind', '--output', markdown, '--output', json], {
      env: sfEnv,
    });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^juston-audit: gone: sf knows no org 'gone': run 'sf org login web --alias gone' first/m);
    expect(acme.emulator.stats.apiCalls).toBeGreaterThan(acmeCalls);
    // No token from the stand-in sf reaches any output.
    for (const text of [result.stdout, result.stderr, readFileSync(markdown, 'utf8'), readFileSync(json, 'utf8')]) {
      expect(text).not.toContain(acme.emulator.accessToken);
      expect(text).not.toContain(nordwind.emulator.accessToken);
    }

    // Terminal: both orgs' reports, then the matrix as the last block.
    const out = result.stdout;
    const acmeAt = out.indexOf('JustOn audit: Acme Billing GmbH');
    const nordwindAt = out.indexOf('JustOn audit: Nordwind Handel GmbH (Full Sandbox)');
    const matrixAt = out.indexOf('Rules × orgs');
    expect(acmeAt).toBeGreaterThanOrEqual(0);
    expect(nordwindAt).toBeGreaterThan(acmeAt);
    expect(matrixAt).toBeGreaterThan(nordwindAt);
    expect(out.lastIndexOf('Summary:')).toBeLessThan(matrixAt);
    const matrix = out.slice(matrixAt);
    expect(matrix).toMatch(/\[1\] Acme Billing GmbH \(00D5g0000000001AAA\): score \d+/);
    expect(matrix).toMatch(/\[2\] gone \(gone\): audit failed/);
    expect(matrix).toMatch(/\[3\] Nordwind Handel GmbH \(Full Sandbox\) \(00D5g0000000002AAA\): score \d+/);
    expect(terminalRow(matrix, 'org/production-install')).toEqual(['✔', '!', '✖']);
    expect(terminalRow(matrix, 'support/login-access')).toEqual(['✋', '!', '✋']);
    expect(terminalRow(matrix, 'access/required-components')).toEqual(['✔', '!', '✔']);

    // Markdown: the same matrix as a table, at the end.
    const md = readFileSync(markdown, 'utf8');
    const table = md.slice(md.indexOf('### Rules × orgs'));
    expect(md.indexOf('### Rules × orgs')).toBeGreaterThan(md.indexOf('Nordwind Handel GmbH'));
    expect(table).toContain('| Rule | Acme Billing GmbH | gone | Nordwind Handel GmbH (Full Sandbox) |');
    expect(table).toContain('| `org/production-install` | ✔ | ! | ✖ |');
    expect(table).toContain('| `session/browser-caching-disabled` | ✔ | ! | ✖ |');
    expect(table.trimEnd().split('\n').at(-1)).toMatch(/! audit failed/);

    // JSON: one run per org, the failed one with its error.
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(reportSchemaProblems(report)).toEqual([]);
    expect(report.runs.map((r: { org: { name: string } }) => r.org.name)).toEqual([
      'Acme Billing GmbH',
      'gone',
      'Nordwind Handel GmbH (Full Sandbox)',
    ]);
    expect(report.runs[1].error).toMatch(/sf knows no org 'gone'/);
    expect(report.runs[1].results).toEqual([]);
    expect(statuses(report.runs[0])['org/production-install']).toBe('pass');
    expect(statuses(report.runs[2])['org/production-install']).toBe('fail');
  });

  it('every alias known: exit 1 from the misconfigured org; --allow-inconclusive does not hide a failed org', async () => {
    const both = await cli(['-o', 'acme', '-o', 'nordwind', '--format', 'json'], { env: sfEnv });
    expect(both.code).toBe(1);
    expect(parseReport(both).runs).toHaveLength(2);
    const clean = await cli(['-o', 'acme', '-o', 'acme', '--format', 'json'], { env: sfEnv });
    expect(clean.code).toBe(0);
    const failed = await cli(['-o', 'acme', '-o', 'gone', '--allow-inconclusive', '--format', 'json'], { env: sfEnv });
    expect(failed.code).toBe(3);
  });

  it('a single -o alias goes through sf too; an unknown single alias is exit 3 with what to run', async () => {
    const one = await cli(['-o', 'nordwind', '--format', 'json'], { env: sfEnv });
    expect(one.code).toBe(1);
    expect(parseReport(one).org.name).toBe('Nordwind Handel GmbH (Full Sandbox)');
    const viaEnv = await cli(['--format', 'json'], { env: { ...sfEnv, SF_TARGET_ORG: 'acme' } });
    expect(viaEnv.code).toBe(0);
    expect(parseReport(viaEnv).org.name).toBe('Acme Billing GmbH');
    const unknown = await cli(['-o', 'gone'], { env: sfEnv });
    expect(unknown.code).toBe(3);
    expect(unknown.stderr.trimEnd()).toBe(
      "juston-audit: sf knows no org 'gone': run 'sf org login web --alias gone' first (or check 'sf org list')",
    );
  });
});

describe('--orgs FILE', () => {
  it('one alias a line with # comments, or a JSON array; combined with -o', async () => {
    const dir = tempDir();
    const lines = join(dir, 'orgs.txt');
    writeFileSync(lines, '# production and the half-configured sandbox\nacme\n\n  nordwind   # full sandbox\n');
    const fromLines = await cli(['--orgs', lines, '--format', 'json'], { env: sfEnv });
    expect(fromLines.code).toBe(1);
    expect(parseReport(fromLines).runs.map((r: { org: { name: string } }) => r.org.name)).toEqual([
      'Acme Billing GmbH',
      'Nordwind Handel GmbH (Full Sandbox)',
    ]);

    const array = join(dir, 'orgs.json');
    writeFileSync(array, JSON.stringify(['nordwind', 'gone']));
    const fromArray = await cli(['-o', 'acme', '--orgs', array, '--format', 'markdown'], { env: sfEnv });
    expect(fromArray.code).toBe(3);
    expect(fromArray.stdout).toContain('| Rule | Acme Billing GmbH | Nordwind Handel GmbH (Full Sandbox) | gone |');
  });
});
