import { beforeAll, describe, expect, it } from 'vitest';
import { renderJson, REPORT_SCHEMA_VERSION } from '../../src/report/json.js';
import { failedRun } from '../../src/report/failed-run.js';
import type { AuditRun } from '../../src/report/types.js';
import { withTypicalBaseline } from './fixtures/baseline.js';
import { compileOnce, describeSchemaErrors } from '../../src/support/json-schema.js';
import { OPTIONS } from './fixtures/options.js';
import { NOW, sampleRun, TOOL } from './fixtures/runs.js';

type Json = any;
const validateReport = compileOnce('report.schema.json');
const json = (runs: AuditRun[], extra = {}): Json => JSON.parse(renderJson(runs, { ...OPTIONS, ...extra }));

let clean: AuditRun;
let misconfigured: AuditRun;
beforeAll(async () => {
  clean = await sampleRun('clean-org');
  misconfigured = await sampleRun('misconfigured-org');
});

describe('JSON report', () => {
  it('validates against report.schema.json for one org, several orgs and an org that failed', () => {
    const broken = failedRun(
      { id: '00D000000000009AAA', name: 'Broken', edition: 'Unknown', isSandbox: false },
      'INVALID_SESSION_ID',
      TOOL,
      NOW,
    );
    for (const report of [
      json([clean]),
      json([misconfigured]),
      json([clean, misconfigured, broken]),
      json([misconfigured], { includeSuppressed: false }),
      json([withTypicalBaseline(misconfigured)]),
      json([clean, withTypicalBaseline(misconfigured)]),
    ]) {
      const validate = validateReport();
      expect(validate(report), describeSchemaErrors(validate.errors).join('\n')).toBe(true);
    }
  });

  it('is rejected by the schema when it has an unknown property or a bad status (the check can fail)', () => {
    const validate = validateReport();
    const extra = json([misconfigured]);
    extra.runs[0].org.accessToken = 'x';
    expect(validate(extra)).toBe(false);
    const bad = json([misconfigured]);
    bad.runs[0].results[0].status = 'ok';
    expect(validate(bad)).toBe(false);
  });

  it('with a baseline: each finding new or unchanged, and the run lists the absent (fixed) findings', () => {
    const report = json([withTypicalBaseline(misconfigured)]);
    const states = report.results.flatMap((r: Json) => r.findings.map((f: Json) => `${r.ruleId} ${f.baselineState}`));
    expect(states.filter((s: string) => s.endsWith(' new'))).toEqual(['session/browser-caching-disabled new']);
    expect(states.filter((s: string) => s.endsWith(' unchanged'))).toHaveLength(states.length - 1);
    expect(report.runs[0].baseline).toMatchObject({ capturedAt: '2026-11-19T09:30:00.000Z', new: 1, unchanged: states.length - 1 });
    expect(report.runs[0].baseline.absent.map((f: Json) => `${f.ruleId} ${f.resource.key}`)).toEqual([
      'license/assigned User/0055g0000000099AAA',
    ]);
    expect(report.baseline).toEqual(report.runs[0].baseline);
    expect(json([misconfigured]).runs[0].baseline).toBeUndefined();
    expect(JSON.stringify(json([misconfigured]))).not.toContain('baselineState');
  });

  it('carries the required fields', () => {
    const report = json([misconfigured]);
    expect(report.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(report.tool).toEqual({ name: 'juston-audit', version: '0.0.0-test' });
    const run = report.runs[0];
    expect(run.org).toEqual({
      id: '00D5g0000000002AAA',
      name: 'Nordwind Handel GmbH (Full Sandbox)',
      edition: 'Enterprise Edition',
      isSandbox: true,
      instanceUrl: 'https://nordwind-handel-gmbh-full-sandbox.my.salesforce.com',
    });
    expect(run.stats).toEqual({ apiCalls: 7, durationMs: 1234 });
    expect(run.summary.counts).toEqual(misconfigured.result.summary.counts);
    expect(run.summary.score).toBe(misconfigured.result.summary.score);
    const failing = run.results.find((r: Json) => r.ruleId === 'session/browser-caching-disabled');
    expect(failing).toMatchObject({ status: 'fail', severity: 'warning', title: expect.any(String), category: 'session' });
    expect(failing.findings[0]).toMatchObject({
      resource: { type: 'MobileSettings', id: null, name: 'Mobile', key: 'MobileSettings/Mobile' },
      suppressed: false,
    });
    expect(failing.findings[0].fix.kind).toBe('metadata-update');
    expect(failing.findings[0].fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const suppressed = run.results.find((r: Json) => r.ruleId === 'license/assigned').findings[0];
    expect(suppressed.suppressed).toBe(true);
    expect(suppressed.suppression.reason).toContain('Ben');
  });

  it('repeats org, summary, results and stats at the top level only for a single run', () => {
    const single = json([misconfigured]);
    expect(single.org).toEqual(single.runs[0].org);
    expect(single.summary).toEqual(single.runs[0].summary);
    expect(single.results).toEqual(single.runs[0].results);
    expect(single.stats).toEqual(single.runs[0].stats);
    const multi = json([clean, misconfigured]);
    expect(multi.runs).toHaveLength(2);
    expect(multi.runs.map((r: Json) => r.org.id)).toEqual(['00D5g0000000001AAA', '00D5g0000000002AAA']);
    expect('org' in multi || 'results' in multi).toBe(false);
  });

  it('omits suppressed findings when asked, keeping the summary counts', () => {
    const report = json([misconfigured], { includeSuppressed: false });
    expect(report.results.find((r: Json) => r.ruleId === 'license/assigned').findings).toEqual([]);
    expect(report.summary.suppressedFindings).toBe(1);
  });

  it('is stable: the same input gives byte-identical output', async () => {
    const again = await sampleRun('misconfigured-org');
    expect(renderJson([again], OPTIONS)).toBe(renderJson([misconfigured], OPTIONS));
  });
});
