import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { failedRun } from '../../src/report/failed-run.js';
import { renderSarif } from '../../src/report/sarif.js';
import type { AuditRun } from '../../src/report/types.js';
import { OPTIONS, SFDX_PROJECT } from './fixtures/options.js';
import { asOtherOrg, loadSample, NOW, runFor, sampleRun, SUPPRESSING_CONFIG, TOOL } from './fixtures/runs.js';
import { multitoolPath, sarifSchema } from './sarif-schema.js';
import { notReadyToInstall } from '../harness/generations.js';
import { withTypicalBaseline } from './fixtures/baseline.js';

type Json = any;
const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const addFormats = addFormatsModule.default ?? addFormatsModule;

const BROKEN_ORG = { id: '00D5g0000000009AAA', name: 'Broken Org', edition: 'Unknown', isSandbox: false };
let misconfigured: AuditRun;
let clean: AuditRun;
let notInstalled: AuditRun;
const sarif = (runs: AuditRun[], extra = {}): Json => JSON.parse(renderSarif(runs, { ...OPTIONS, ...extra }));

beforeAll(async () => {
  misconfigured = await sampleRun('misconfigured-org');
  clean = await sampleRun('clean-org');
  notInstalled = runFor(notReadyToInstall(await loadSample('clean-org')));
});

describe('SARIF against the SARIF 2.1.0 JSON schema (ajv)', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(sarifSchema());

  it('accepts the clean, misconfigured, multi-org and DX-project outputs', () => {
    for (const log of [
      sarif([clean]),
      sarif([misconfigured]),
      sarif([clean, misconfigured]),
      sarif([misconfigured], { sfdxProject: SFDX_PROJECT }),
      sarif([notInstalled]),
      sarif([withTypicalBaseline(misconfigured)]),
    ]) {
      expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
  });

  it('rejects a log that breaks the schema (the check can fail)', () => {
    const log = sarif([misconfigured]);
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });
});

describe("SARIF meets GitHub code scanning's requirements (STYLE.md §2)", () => {
  it('has $schema, version and one run per org with its own automation id', () => {
    const log = sarif([clean, misconfigured]);
    expect(log.$schema).toMatch(/^https:\/\//);
    expect(log.version).toBe('2.1.0');
    expect(log.runs.map((r: Json) => r.automationDetails.id)).toEqual([
      'juston-audit/00D5g0000000001AAA/',
      'juston-audit/00D5g0000000002AAA/',
    ]);
  });

  it('describes every rule fully', () => {
    const driver = sarif([misconfigured]).runs[0].tool.driver;
    expect(driver.name).toBe('juston-audit');
    expect(driver.semanticVersion).toBe('0.0.0-test');
    expect(driver.rules).toHaveLength(misconfigured.result.results.length);
    for (const rule of driver.rules) {
      expect(rule.id).toMatch(/^[a-z-]+\/[a-z-]+$/);
      expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]+$/);
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024);
      expect(rule.help.text).toContain('Setup path: ');
      expect(rule.help.markdown).toContain('**Setup path:**');
      expect(rule.helpUri).toMatch(/^https:\/\//);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
      expect(Array.isArray(rule.properties.tags)).toBe(true);
      expect(rule.properties['security-severity']).toMatch(/^(10\.0|[0-9]\.[0-9])$/);
      const score = Number(rule.properties['security-severity']);
      expect(score >= 0.1 && score <= 10).toBe(true);
    }
    const tagged = driver.rules.filter((r: Json) => r.properties.tags.includes('security')).map((r: Json) => r.id);
    expect(tagged).toContain('connected-app/admin-approved');
    expect(tagged).toContain('session/browser-caching-disabled');
    expect(tagged).not.toContain('license/status');
  });

  it('gives every result a rule index, level, message, relative location with a region and fingerprints', () => {
    const run = sarif([misconfigured]).runs[0];
    expect(run.results.length).toBeGreaterThan(0);
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(['error', 'warning', 'note']).toContain(r.level);
      expect(r.message.text).toMatch(/\.$/);
      const loc = r.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
      expect(loc.artifactLocation.uri).not.toMatch(/^\//);
      expect(loc.region).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
      expect(r.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:1$/);
      expect(r.partialFingerprints['justonAuditFingerprint/v1']).toMatch(/^[0-9a-f]{64}$/);
      expect(r.partialFingerprints['justonAuditFingerprint/v1'].slice(0, 16)).toBe(
        r.partialFingerprints.primaryLocationLineHash.slice(0, 16),
      );
    }
  });

  it('sorts results by rule id, then resource key', () => {
    const results = sarif([misconfigured]).runs[0].results;
    const keys = results.map((r: Json) => [r.ruleId, r.locations[0].logicalLocations[0].fullyQualifiedName]);
    const sorted = [...keys].sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
    expect(keys).toEqual(sorted);
    expect(new Set(keys.map((k: string[]) => k[0])).size).toBeGreaterThan(1);
  });

  it('uses a per-org synthetic path without a DX project', () => {
    const uris = sarif([misconfigured]).runs[0].results.map((r: Json) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toContain('salesforce/00D5g0000000002AAA/MobileSettings/Mobile');
    expect(uris).toContain('salesforce/00D5g0000000002AAA/User/anna.billing%40nordwind.example');
  });

  it('points at the real metadata file in a DX project where one exists, searching every package directory', () => {
    const uris: string[] = sarif([misconfigured], { sfdxProject: SFDX_PROJECT }).runs[0].results.map(
      (r: Json) => r.locations[0].physicalLocation.artifactLocation.uri,
    );
    const base = 'test/report/fixtures/sfdx-project';
    expect(uris).toContain(`${base}/force-app/main/default/settings/Mobile.settings-meta.xml`);
    expect(uris).toContain(`${base}/force-app/main/default/profiles/Admin.profile-meta.xml`);
    expect(uris).toContain(`${base}/unpackaged/profiles/Standard.profile-meta.xml`);
    expect(uris).toContain('salesforce/00D5g0000000002AAA/RemoteSiteSetting/ONB2__JustOnDocuments');
  });

  it('marks suppressed findings with an accepted external suppression, or omits them when asked', () => {
    const withSuppressed = sarif([misconfigured]).runs[0].results.filter((r: Json) => r.suppressions);
    expect(withSuppressed).toHaveLength(1);
    expect(withSuppressed[0].ruleId).toBe('license/assigned');
    expect(withSuppressed[0].suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: SUPPRESSING_CONFIG.suppressions![0].reason },
    ]);
    const omitted = sarif([misconfigured], { includeSuppressed: false }).runs[0].results;
    expect(omitted.filter((r: Json) => r.ruleId === 'license/assigned')).toHaveLength(0);
    expect(omitted).toHaveLength(sarif([misconfigured]).runs[0].results.length - 1);
  });

  it('reports inconclusive rules as tool notifications and keeps every status in run.properties', async () => {
    const blind = runFor(
      await loadSample('clean-org').then((s) => ({ ...s, unreadable: { 'records.PermissionSetTabSetting': 'INSUFFICIENT_ACCESS' } })),
    );
    const run = sarif([blind]).runs[0];
    const notes = run.invocations[0].toolExecutionNotifications;
    expect(notes).toHaveLength(1);
    expect(notes[0].associatedRule).toEqual({
      id: 'access/balance-tab',
      index: blind.result.results.findIndex((r) => r.ruleId === 'access/balance-tab'),
    });
    expect(run.properties.ruleStatus['access/balance-tab']).toBe('inconclusive');
    expect(run.properties.ruleStatus['support/login-access']).toBe('manual');
    expect(run.properties).toMatchObject({
      orgId: '00D5g0000000001AAA',
      apiVersion: '62.0',
      apiCalls: 7,
      capturedAt: '2026-11-20T09:30:00.000Z',
    });
    expect(run.results).toHaveLength(0);
  });
});

describe('SARIF against a baseline (SARIF 2.1.0 §3.27.24)', () => {
  it('sets baselineState on every result: new, unchanged, and absent for a fixed finding listed as a passing result', () => {
    const results = sarif([withTypicalBaseline(misconfigured)]).runs[0].results;
    const state = (s: string) => results.filter((r: Json) => r.baselineState === s);
    expect(state('new').map((r: Json) => r.ruleId)).toEqual(['session/browser-caching-disabled']);
    expect(state('unchanged')).toHaveLength(sarif([misconfigured]).runs[0].results.length - 1);
    expect(state('absent')).toHaveLength(1);
    expect(state('absent')[0]).toMatchObject({ ruleId: 'license/assigned', kind: 'pass', level: 'none' });
    expect(results.every((r: Json) => ['new', 'unchanged', 'absent'].includes(r.baselineState))).toBe(true);
    expect(sarif([misconfigured]).runs[0].results.some((r: Json) => 'baselineState' in r)).toBe(false);
  });
});

describe('SARIF for an org that could not be audited', () => {
  it('is a run with its automation id, no results and a failed invocation with the error', () => {
    const run = sarif([failedRun(BROKEN_ORG, 'INVALID_SESSION_ID: Session expired', TOOL, NOW)]).runs[0];
    expect(run.automationDetails.id).toBe('juston-audit/00D5g0000000009AAA/');
    expect(run.results).toEqual([]);
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0]).toEqual({
      level: 'error',
      message: { text: 'The audit could not complete: INVALID_SESSION_ID: Session expired.' },
    });
  });
});

describe('SARIF fingerprints', () => {
  const fingerprints = (log: Json) => log.runs[0].results.map((r: Json) => r.partialFingerprints);

  it('are identical across two independent runs of the same org', async () => {
    const again = await sampleRun('misconfigured-org');
    expect(fingerprints(sarif([again]))).toEqual(fingerprints(sarif([misconfigured])));
  });

  it('differ per org for the same rule and resource', async () => {
    const other = runFor(asOtherOrg(await loadSample('misconfigured-org'), '00D5g0000000003AAA', 'Nordwind Dev'), SUPPRESSING_CONFIG);
    const a = fingerprints(sarif([misconfigured])).map((f: Json) => f.primaryLocationLineHash);
    const b = fingerprints(sarif([other])).map((f: Json) => f.primaryLocationLineHash);
    expect(a).toHaveLength(b.length);
    expect(a.filter((h: string) => b.includes(h))).toEqual([]);
  });
});

describe('Microsoft SARIF validator (sarif-multitool validate --rule-kind "Gh;Sarif")', () => {
  /** Validates several logs in one process (each file costs seconds: the tool tries to GET every URI). Results by file name. */
  function validateWithMultitool(logs: Record<string, Json>): Record<string, Json[]> {
    const dir = mkdtempSync(join(tmpdir(), 'juston-sarif-'));
    const inputs = Object.entries(logs).map(([name, log]) => {
      writeFileSync(join(dir, name), JSON.stringify(log, null, 2));
      return join(dir, name);
    });
    const output = join(dir, 'validation.sarif');
    const run = spawnSync(
      multitoolPath(),
      ['validate', ...inputs, '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning;Note', '-o', output, '--log', 'ForceOverwrite'],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status, run.stderr + run.stdout).toBe(0);
    const byFile: Record<string, Json[]> = Object.fromEntries(Object.keys(logs).map((name) => [name, []]));
    for (const r of JSON.parse(readFileSync(output, 'utf8')).runs[0].results) {
      const uri: string = r.locations[0].physicalLocation.artifactLocation.uri;
      byFile[uri.slice(uri.lastIndexOf('/') + 1)].push(r);
    }
    return byFile;
  }

  it('reports no errors or warnings for the misconfigured sample org (alone, and beside a clean and a failed org with a DX project), and catches a broken log', () => {
    const broken = sarif([misconfigured]);
    delete broken.runs[0].results[0].locations;
    const found = validateWithMultitool({
      'misconfigured.sarif': sarif([misconfigured]),
      'multi-org-dx.sarif': sarif([clean, misconfigured, failedRun(BROKEN_ORG, 'INVALID_SESSION_ID', TOOL, NOW)], {
        sfdxProject: SFDX_PROJECT,
      }),
      'broken.sarif': broken,
      'not-installed.sarif': sarif([notInstalled]),
      'baseline.sarif': sarif([withTypicalBaseline(misconfigured)]),
    });
    const serious = (name: string) =>
      found[name]
        .filter((r: Json) => r.level === 'error' || r.level === 'warning' || r.level === undefined)
        .map((r: Json) => `${r.ruleId}: ${JSON.stringify(r.message.arguments)}`);
    expect(serious('misconfigured.sarif')).toEqual([]);
    expect(serious('multi-org-dx.sarif')).toEqual([]);
    expect(serious('not-installed.sarif')).toEqual([]);
    expect(serious('baseline.sarif')).toEqual([]);
    expect(found['misconfigured.sarif'].length).toBeGreaterThan(0); // notes only: the validator did read the file
    expect(serious('broken.sarif').some((line: string) => line.startsWith('GH1015'))).toBe(true);
  });
});
