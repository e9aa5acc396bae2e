import { beforeAll, describe, expect, it } from 'vitest';
import { generateOrg } from '@juston-audit/salesforce-emulator';
import type { Finding } from '../../src/engine/types.js';
import { renderHtml } from '../../src/report/html.js';
import { baselineState } from '../../src/report/baseline.js';
import type { AuditRun } from '../../src/report/types.js';
import { resourceLabel } from '../../src/report/view.js';
import { clean } from '../harness/snapshots.js';
import { withTypicalBaseline } from './fixtures/baseline.js';
import { OPTIONS } from './fixtures/options.js';
import { runFor, sampleRun } from './fixtures/runs.js';
import { findingViews, listsByRule, pageData, type FindingView } from './html-data.js';

/** What the page must show for a finding: the engine's message and the report's resource label, unchanged. */
const expected = (run: AuditRun, f: Finding): FindingView => ({
  message: f.message,
  resource: resourceLabel(f),
  suppressed: f.suppressed ? (f.suppression?.reason ?? '') : null,
  isNew: run.baseline !== undefined && baselineState(run.baseline, f) === 'new',
});

/** Each rule's findings rebuilt from the page, against the engine's, rule by rule and in order. */
function expectSameFindings(run: AuditRun): string {
  const html = renderHtml([run], OPTIONS);
  const views = findingViews(html);
  const lists = listsByRule(html);
  const withFindings = run.result.results.filter((r) => r.findings.length > 0);
  expect(lists.size).toBe(withFindings.length);
  for (const r of withFindings) expect(views[lists.get(`org-1/${r.ruleId}`)!]).toEqual(r.findings.map((f) => expected(run, f)));
  return html;
}

let demo: AuditRun;
beforeAll(async () => {
  demo = await sampleRun('misconfigured-org');
});

describe('HTML report data: messages stored as templates', () => {
  it('rebuilds every finding of the demo exactly, suppressed and new ones included', () => {
    expectSameFindings(demo);
    expectSameFindings(withTypicalBaseline(demo));
  });

  it('rebuilds every finding of a 2,000-user org lacking access exactly, from a few templates and one label per user', () => {
    const run = runFor(generateOrg(clean(), { justOnUsers: 2000, usersLackingAccess: 2000 }));
    const findings = run.result.results.flatMap((r) => r.findings);
    expect(findings.length).toBeGreaterThanOrEqual(5 * 2000);
    const data = pageData(expectSameFindings(run));
    expect((data.templates as unknown[]).length).toBeLessThanOrEqual(10);
    expect((data.resources as unknown[]).length).toBe(new Set(findings.map(resourceLabel)).size);
  });

  it('rebuilds messages whose user name appears twice, not at all, or holds template-like characters', () => {
    const names = [
      'a{0}$&$1\\n<b>{{user}}</b>@x.example',
      "$'${user}`\\",
      'aa', // in "aaa": overlapping occurrences
      'User', // the label's type word as well
      '',
    ];
    const messages = (name: string) => [
      `User '${name}' and again '${name}' lacks access.`,
      'A message that names nobody: {{user}} $& \\ <x>.',
      `${name}${name}a${name}`,
      `aaa ${name}`,
    ];
    const run = structuredClone(demo);
    const rule = run.result.results.find((r) => r.findings.some((f) => f.resource.type === 'User'))!;
    const template = rule.findings.find((f) => f.resource.type === 'User')!;
    rule.findings = names.flatMap((name, i) =>
      messages(name).map((message) => ({ ...template, message, resource: { ...template.resource, name, id: `005000000000${i}AAA` } })),
    );
    const html = expectSameFindings(run);
    expect(/<script type="application\/json" id="page-data">(.*?)<\/script>/s.exec(html)![1]).not.toContain('<');
  });
});
