import { beforeAll, describe, expect, it } from 'vitest';
import { renderJunit } from '../../src/report/junit.js';
import { failedRun } from '../../src/report/failed-run.js';
import type { AuditRun } from '../../src/report/types.js';
import { xmlEscape } from '../../src/report/xml.js';
import { OPTIONS } from './fixtures/options.js';
import { loadSample, NOW, runFor, sampleRun, TOOL } from './fixtures/runs.js';
import { parseXml, type XmlElement } from './xml-parse.js';

const child = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);

let misconfigured: AuditRun;
let clean: AuditRun;
beforeAll(async () => {
  misconfigured = await sampleRun('misconfigured-org');
  clean = await sampleRun('clean-org');
});

describe('JUnit XML', () => {
  it('parses back: one testsuite per org, one testcase per rule, failure/skipped per status', () => {
    const root = parseXml(renderJunit([clean, misconfigured], OPTIONS));
    expect(root.name).toBe('testsuites');
    const suites = child(root, 'testsuite');
    expect(suites).toHaveLength(2);
    const suite = suites[1];
    const cases = child(suite, 'testcase');
    expect(cases).toHaveLength(misconfigured.result.results.length);
    expect(cases.map((c) => c.attrs.name.split(':')[0])).toEqual(misconfigured.result.results.map((r) => r.ruleId));
    const failures = cases.filter((c) => child(c, 'failure').length > 0);
    expect(failures).toHaveLength(16); // 17 failing rules, one with only suppressed findings
    expect(suite.attrs.failures).toBe('16');
    const caching = cases.find((c) => c.attrs.name.startsWith('session/browser-caching-disabled'))!;
    expect(caching.attrs.classname).toBe('session');
    expect(child(caching, 'failure')[0].attrs.type).toBe('warning');
    expect(child(caching, 'failure')[0].text).toContain('Setup: Setup > Security > Session Settings > Caching');
    const manual = cases.find((c) => c.attrs.name.startsWith('support/login-access'))!;
    expect(child(manual, 'skipped')).toHaveLength(1);
    const suppressedOnly = cases.find((c) => c.attrs.name.startsWith('license/assigned'))!;
    expect(child(suppressedOnly, 'failure')).toHaveLength(0);
    expect(child(suppressedOnly, 'system-out')[0].text).toContain('[suppressed]');
    expect(child(child(suite, 'properties')[0], 'property').find((p) => p.attrs.name === 'orgId')?.attrs.value).toBe('00D5g0000000002AAA');
  });

  it('reports inconclusive rules as <error> and an org that failed as one errored case', async () => {
    const blind = runFor(
      await loadSample('clean-org').then((s) => ({ ...s, unreadable: { 'records.PermissionSetTabSetting': 'INSUFFICIENT_ACCESS' } })),
    );
    const broken = failedRun(
      { id: '00D000000000009AAA', name: 'Broken', edition: 'Unknown', isSandbox: false },
      'INVALID_SESSION_ID',
      TOOL,
      NOW,
    );
    const root = parseXml(renderJunit([blind, broken], OPTIONS));
    const [a, b] = child(root, 'testsuite');
    const errored = child(a, 'testcase').filter((c) => child(c, 'error').length > 0);
    expect(errored.map((c) => c.attrs.name.split(':')[0])).toEqual(['access/balance-tab']);
    expect(a.attrs.errors).toBe('1');
    expect(child(b, 'testcase')).toHaveLength(1);
    expect(child(child(b, 'testcase')[0], 'error')[0].attrs.message).toBe('INVALID_SESSION_ID');
    expect(root.attrs.errors).toBe('2');
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    const nasty = `a <b> & "c" 'd' \u0001e`;
    expect(xmlEscape(nasty)).toBe('a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; e');
    const run = structuredClone(misconfigured);
    run.org.name = nasty;
    run.result.results[1].findings[0].message = `<script>&${nasty}`;
    const root = parseXml(renderJunit([run], OPTIONS));
    const suite = child(root, 'testsuite')[0];
    expect(suite.attrs.name).toContain('a <b> & "c" \'d\' e');
    const failure = child(child(suite, 'testcase')[1], 'failure')[0];
    expect(failure.text).toContain('<script>&a <b>');
    expect(() => parseXml('<a x="<"/>')).toThrow();
  });
});
