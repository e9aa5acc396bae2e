import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseXml, type XmlElement } from '../report/xml-parse.js';
import { STABLE_RULE_IDS } from '../harness/rule-ids.js';
import {
  auditJson,
  cli,
  emulated,
  type JsonReport,
  liveArgs,
  liveEnv,
  parseReport,
  reportSchemaProblems,
  SAMPLE,
  type Served,
  statuses,
  tempDir,
} from './helpers.js';

const mode = (path: string) => statSync(path).mode & 0o777;

/** Every element named `name` below `root`. */
const descendants = (root: XmlElement, name: string): XmlElement[] =>
  root.children.flatMap((child) => [...(child.name === name ? [child] : []), ...descendants(child, name)]);

/** What two audits must agree on: each rule's status and its findings (by fingerprint). */
const verdicts = (report: JsonReport) =>
  report.results.map((r: { ruleId: string; status: string; findings: Array<{ fingerprint: string; message: string }> }) => ({
    ruleId: r.ruleId,
    status: r.status,
    findings: r.findings.map((f) => `${f.fingerprint} ${f.message}`),
  }));

let org: Served;
beforeAll(async () => {
  org = await emulated('samples/misconfigured-org.json');
});

describe('several report formats from one audit', () => {
  it('writes SARIF, JSON, JUnit and Markdown files (mode 0600) plus the terminal report, auditing the org once', async () => {
    // What one audit costs, measured on its own.
    let before = org.emulator.stats.apiCalls;
    const single = await auditJson(org);
    const oneAudit = org.emulator.stats.apiCalls - before;
    expect(oneAudit).toBeGreaterThan(0);
    expect(single.report.stats.apiCalls).toBe(oneAudit);

    const dir = tempDir();
    const files = { sarif: join(dir, 'a.sarif'), json: join(dir, 'b.json'), junit: join(dir, 'c.xml'), markdown: join(dir, 'd.md') };
    before = org.emulator.stats.apiCalls;
    const run = await cli(
      [...liveArgs(org), '--output', files.sarif, '--output', files.json, '--output', files.junit, '--output', files.markdown],
      { env: liveEnv(org) },
    );
    expect(org.emulator.stats.apiCalls - before).toBe(oneAudit);
    expect(run.code).toBe(1);

    for (const [format, path] of Object.entries(files)) {
      expect(existsSync(path), path).toBe(true);
      expect(mode(path), `${path} mode`).toBe(0o600);
      expect(run.stderr).toContain(`${format} report written to ${path}`);
    }
    // The terminal report still goes to stdout.
    expect(run.stdout).toMatch(/^JustOn audit: Nordwind Handel GmbH/);
    expect(run.stdout).toMatch(/Summary: 22 rules: 3 passed, 17 failed, 1 manual, 1 not applicable/);

    const json = JSON.parse(readFileSync(files.json, 'utf8'));
    expect(reportSchemaProblems(json)).toEqual([]);
    expect(verdicts(json)).toEqual(verdicts(single.report));
    // The same audit: the JSON file states the API calls of this run, not of another.
    expect(json.stats.apiCalls).toBe(oneAudit);

    const sarif = JSON.parse(readFileSync(files.sarif, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const sarifRules = new Set(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId));
    const failing = json.results.filter((r: { status: string }) => r.status === 'fail').map((r: { ruleId: string }) => r.ruleId);
    for (const id of failing) expect(sarifRules.has(id), id).toBe(true);
    // One SARIF result per finding of a failing rule.
    expect(sarif.runs[0].results.length).toBe(
      json.results
        .filter((r: { status: string }) => r.status === 'fail')
        .reduce((n: number, r: { findings: unknown[] }) => n + r.findings.length, 0),
    );

    const cases = descendants(parseXml(readFileSync(files.junit, 'utf8')), 'testcase');
    expect(cases).toHaveLength(STABLE_RULE_IDS.length);
    expect(cases.filter((c) => c.children.some((child) => child.name === 'failure'))).toHaveLength(17);

    const markdown = readFileSync(files.markdown, 'utf8');
    expect(markdown).toMatch(/^## JustOn audit: Nordwind Handel GmbH/);
    expect(markdown).toContain('`access/balance-fields`');
  });

  it('FORMAT:FILE prefixes override the extension, --format json --output r.json moves JSON off stdout, and every file is 0600 even if it existed wider', async () => {
    const dir = tempDir();
    const md = join(dir, 'summary.txt');
    const json = join(dir, 'r.json');
    writeFileSync(json, 'old');
    chmodSync(json, 0o644);
    const run = await cli([...liveArgs(org), '--format', 'json', '--output', json, '--output', `markdown:${md}`], { env: liveEnv(org) });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(readFileSync(md, 'utf8')).toMatch(/^## JustOn audit:/);
    expect(mode(md)).toBe(0o600);
    expect(reportSchemaProblems(JSON.parse(readFileSync(json, 'utf8')))).toEqual([]);
    expect(mode(json)).toBe(0o600);
  });

  it('--format sarif and --format junit write their format alone on stdout', async () => {
    const sarif = await cli([...liveArgs(org), '--format', 'sarif'], { env: liveEnv(org) });
    expect(JSON.parse(sarif.stdout).version).toBe('2.1.0');
    const junit = await cli([...liveArgs(org), '--format', 'junit'], { env: liveEnv(org) });
    expect(junit.stdout.trimStart()).toMatch(/^<\?xml/);
    expect(descendants(parseXml(junit.stdout), 'testcase')).toHaveLength(STABLE_RULE_IDS.length);
  });
});

describe('--save-snapshot, then --snapshot offline', () => {
  it('gives the same results with the emulator stopped, and the saved file is 0600 and holds no token', async () => {
    const served = await emulated('samples/misconfigured-org.json');
    const dir = tempDir();
    const saved = join(dir, 'nordwind.json');
    const live = await auditJson(served, ['--save-snapshot', saved]);
    expect(live.code).toBe(1);
    expect(live.stderr).toContain(`Snapshot written to ${saved}`);
    expect(mode(saved)).toBe(0o600);
    expect(readFileSync(saved, 'utf8')).not.toContain(served.emulator.accessToken);

    await served.emulator.close();
    const calls = served.emulator.stats.apiCalls;
    const offline = await cli(['--snapshot', saved, '--format', 'json']);
    expect(offline.code).toBe(1);
    const report = parseReport(offline);
    expect(report.stats).toBeNull();
    expect(verdicts(report)).toEqual(verdicts(live.report));
    expect(statuses(report)['session/browser-caching-disabled']).toBe('fail');
    expect(served.emulator.stats.apiCalls).toBe(calls);
    expect(reportSchemaProblems(report)).toEqual([]);
  });

  it('--snapshot cannot be combined with a live org', async () => {
    const run = await cli(['--snapshot', SAMPLE.clean, '--instance-url', 'http://127.0.0.1:9'], { env: { SF_ACCESS_TOKEN: 'x' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--snapshot and --instance-url cannot be combined/);
  });
});
