import { beforeAll, describe, expect, it } from 'vitest';
import { reporters } from '../../src/report/index.js';
import type { AuditRun } from '../../src/report/types.js';
import { compileOnce, describeSchemaErrors } from '../../src/support/json-schema.js';
import { beforeInstallation, notReadyToInstall } from '../harness/generations.js';
import { OPTIONS } from './fixtures/options.js';
import { loadSample, runFor, sampleRun } from './fixtures/runs.js';
import { parseXml, type XmlElement } from './xml-parse.js';

const child = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);

const validateReport = compileOnce('report.schema.json');
let notReady: AuditRun;
let ready: AuditRun;
let installed: AuditRun;

beforeAll(async () => {
  notReady = runFor(notReadyToInstall(await loadSample('clean-org')));
  ready = runFor(beforeInstallation(await loadSample('clean-org')));
  installed = await sampleRun('misconfigured-org');
});

const FAILING = ['session/browser-caching-disabled', 'org/salesforce-features'];

describe('Ready to install JustOn, in every report format', () => {
  it('terminal: leads with the answer and the preparation steps that still fail', () => {
    const out = reporters.terminal([notReady], OPTIONS);
    const body = out.slice(out.indexOf('Ready to install JustOn'));
    expect(body.split('\n').slice(0, 5).join('\n')).toMatch(
      /^Ready to install JustOn: no ✖\n {2}2 of 4 preparation steps still fail:\n {2}✖ session\/browser-caching-disabled: .*\n.*\n {2}✖ org\/salesforce-features: /,
    );
    expect(out.indexOf('Ready to install JustOn')).toBeLessThan(out.indexOf('\nOrg\n'));
    expect(reporters.terminal([ready], OPTIONS)).toContain('Ready to install JustOn: yes ✔\n  all 4 preparation steps pass');
    expect(reporters.terminal([installed], OPTIONS)).not.toContain('Ready to install');
  });

  it('JSON: readiness at the top and in the run, valid against report.schema.json', () => {
    const report = JSON.parse(reporters.json([notReady], OPTIONS));
    const validate = validateReport();
    expect(validate(report), describeSchemaErrors(validate.errors).join('; ')).toBe(true);
    expect(report.readiness.ready).toBe(false);
    expect(report.readiness.failing.map((s: { ruleId: string }) => s.ruleId)).toEqual(FAILING);
    expect(report.runs[0].readiness).toEqual(report.readiness);
    expect(Object.keys(report).indexOf('readiness')).toBeLessThan(Object.keys(report).indexOf('results'));
    expect(JSON.parse(reporters.json([ready], OPTIONS)).readiness).toMatchObject({ ready: true, failing: [] });
    expect(JSON.parse(reporters.json([installed], OPTIONS)).readiness).toBeUndefined();
  });

  it('SARIF: the first tool notification and run.properties', () => {
    const run = JSON.parse(reporters.sarif([notReady], OPTIONS)).runs[0];
    expect(run.invocations[0].toolExecutionNotifications[0]).toEqual({
      level: 'warning',
      message: {
        text: 'Ready to install JustOn: no: 2 of 4 preparation steps still fail: session/browser-caching-disabled: Secure and persistent browser caching is disabled; org/salesforce-features: Salesforce features JustOn needs are enabled.',
      },
    });
    expect(run.properties).toMatchObject({ justOn: 'JustOn not installed', readyToInstall: false });
    const readyRun = JSON.parse(reporters.sarif([ready], OPTIONS)).runs[0];
    expect(readyRun.invocations[0].toolExecutionNotifications[0].level).toBe('note');
    expect(readyRun.properties.readyToInstall).toBe(true);
  });

  it('JUnit: a leading test case that fails while steps fail, and a property', () => {
    const suite = child(parseXml(reporters.junit([notReady], OPTIONS)), 'testsuite')[0];
    const first = child(suite, 'testcase')[0];
    expect(first.attrs).toMatchObject({ classname: 'readiness', name: 'Ready to install JustOn: no' });
    expect(child(first, 'failure')[0].text).toContain('- org/salesforce-features: Salesforce features JustOn needs are enabled');
    expect(suite.attrs.tests).toBe(String(notReady.result.results.length + 1));
    const props = child(child(suite, 'properties')[0], 'property');
    expect(props.find((p) => p.attrs.name === 'readyToInstall')?.attrs.value).toBe('no');
    const readySuite = child(parseXml(reporters.junit([ready], OPTIONS)), 'testsuite')[0];
    expect(child(child(readySuite, 'testcase')[0], 'failure')).toHaveLength(0);
  });

  it('Markdown: the line under the heading, with the failing steps', () => {
    const out = reporters.markdown([notReady], OPTIONS);
    expect(out.split('\n').slice(2, 7)).toEqual([
      '**Ready to install JustOn: no** ✖: 2 of 4 preparation steps still fail:',
      '',
      '- ✖ `session/browser-caching-disabled` Secure and persistent browser caching is disabled',
      '- ✖ `org/salesforce-features` Salesforce features JustOn needs are enabled',
      '',
    ]);
    expect(reporters.markdown([ready], OPTIONS)).toContain('**Ready to install JustOn: yes** ✔: all 4 preparation steps pass');
  });

  it('every format shows the installed JustOn version', () => {
    for (const format of ['terminal', 'markdown'] as const)
      expect(reporters[format]([installed], OPTIONS)).toMatch(/JustOn 2\.98\.0\.3\s+\(Summer\s+2026\)/);
    expect(JSON.parse(reporters.json([installed], OPTIONS)).runs[0].package.pkg.version).toEqual([2, 98, 0, 3]);
    expect(JSON.parse(reporters.sarif([installed], OPTIONS)).runs[0].properties.justOn).toBe('JustOn 2.98.0.3 (Summer 2026)');
    expect(reporters.junit([installed], OPTIONS)).toContain('name="justOn" value="JustOn 2.98.0.3 (Summer 2026)"');
  });
});
