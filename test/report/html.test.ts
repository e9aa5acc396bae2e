import { beforeAll, describe, expect, it } from 'vitest';
import { reportOutputs } from '../../src/cli/report-outputs.js';
import { planFixes } from '../../src/fix/index.js';
import { failedRun } from '../../src/report/failed-run.js';
import { esc, safeLink } from '../../src/report/html-escape.js';
import { renderHtml } from '../../src/report/html.js';
import type { AuditRun } from '../../src/report/types.js';
import { OPTIONS } from './fixtures/options.js';
import { asOtherOrg, loadSample, NOW, runFor, sampleRun, TOOL } from './fixtures/runs.js';
import { withTypicalBaseline } from './fixtures/baseline.js';
import { findingViews } from './html-data.js';

let misconfigured: AuditRun;
let clean: AuditRun;
beforeAll(async () => {
  misconfigured = await sampleRun('misconfigured-org');
  clean = await sampleRun('clean-org');
});

describe('HTML report', () => {
  it('is one self-contained page: a CSP that allows no request, inline style and script only', () => {
    const html = renderHtml([misconfigured], OPTIONS);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+';/);
    expect(html).not.toMatch(/<(link|img|iframe)\b|\bsrc=|@import|url\(/i);
    expect(html).toContain('<title>JustOn audit: Nordwind Handel GmbH (Full Sandbox)</title>');
  });

  it('carries the findings of every rule as JSON, suppressed ones with their reason unless left out', () => {
    const withSuppressed = findingViews(renderHtml([misconfigured], OPTIONS)).flat();
    expect(withSuppressed).toHaveLength(misconfigured.result.summary.findings);
    expect(withSuppressed).toContainEqual(expect.objectContaining({ suppressed: 'Ben leaves at the end of the month' }));
    const without = findingViews(renderHtml([misconfigured], { ...OPTIONS, includeSuppressed: false })).flat();
    expect(without).toHaveLength(misconfigured.result.summary.findings - misconfigured.result.summary.suppressedFindings);
  });

  it('leads with "N new, M fixed since <date>" under --baseline, lists the fixed findings and flags the new ones', () => {
    const run = withTypicalBaseline(misconfigured);
    const html = renderHtml([run], OPTIONS);
    expect(html).toMatch(/<p class="baseline"><strong>1 new, 1 fixed since 2026-11-19 09:30 UTC<\/strong><\/p>/);
    expect(html).toContain('Fixed since the baseline (1)');
    const flagged = findingViews(html)
      .flat()
      .filter((row) => row.isNew);
    expect(flagged).toHaveLength(1);
    expect(
      findingViews(renderHtml([misconfigured], OPTIONS))
        .flat()
        .filter((row) => row.isNew),
    ).toEqual([]);
  });

  it('shows each org with its own score when several are audited', () => {
    const html = renderHtml([clean, misconfigured], OPTIONS);
    expect(html).toContain('<title>JustOn audit: 2 orgs</title>');
    expect(html).toContain('<h2>Acme Billing GmbH</h2>');
    expect(html).toContain('Score 100/100');
    expect(html).toContain('Score 22/100');
    expect(html.match(/<form id="filters"/g)).toHaveLength(1);
  });

  it('escapes markup in values, in the JSON block too, and links only http(s) URLs', () => {
    expect(esc(`<b a="1">'&'</b>`)).toBe('&lt;b a=&quot;1&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;');
    expect(safeLink('javascript:alert(1)', 'x')).toBe('x');
    expect(safeLink('https://example.com/?a=1&b="2"', 'docs')).toBe(
      '<a href="https://example.com/?a=1&amp;b=&quot;2&quot;" rel="noreferrer noopener">docs</a>',
    );
    const run = structuredClone(misconfigured);
    run.result.results.find((r) => r.findings.length > 0)!.findings[0].message = '</script><script>alert(1)</script>';
    const html = renderHtml([run], OPTIONS);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(findingViews(html).flat()).toContainEqual(expect.objectContaining({ message: '</script><script>alert(1)</script>' }));
  });

  it('is chosen by --format html and by the .html extension of --output', () => {
    expect(reportOutputs(undefined, ['audit.html'])).toEqual([
      { format: 'terminal', file: null },
      { format: 'html', file: 'audit.html' },
    ]);
    expect(reportOutputs('html', [])).toEqual([{ format: 'html', file: null }]);
  });

  it('several orgs: a rules × orgs table with row and column headers, a status word in every cell, linked to each org’s rule', async () => {
    const other = asOtherOrg(await loadSample('clean-org'), '00D5g0000000009AAA', 'Acme UAT');
    const off = runFor(other, { rules: { 'support/login-access': 'off' } });
    const failed = failedRun({ id: 'gone', name: 'gone', edition: 'unknown', isSandbox: false }, 'sf knows no org', TOOL, NOW);
    const html = renderHtml([clean, misconfigured, failed, off], OPTIONS);
    const table = /<section class="matrix" id="matrix">.*?<\/section>/s.exec(html)![0];
    expect(table.match(/<th scope="col">/g)).toHaveLength(5);
    const rows = table.match(/<tr><th scope="row">.*?<\/tr>/g)!;
    expect(rows).toHaveLength(misconfigured.result.results.length);
    const row = rows.find((r) => r.includes('<code>support/login-access</code>'))!;
    const cells = [...row.matchAll(/<td class="status-([a-z-]+)">(.*?)<\/td>/g)].map(([, status, cell]) => [
      status,
      cell.replace(/<[^>]+>/g, ''),
    ]);
    expect(cells).toEqual([
      ['manual', '✋ manual'],
      ['manual', '✋ manual'],
      ['error', '! audit failed'],
      ['off', '· rule off'],
    ]);
    expect(row).toContain('<a href="#org-2/support/login-access">');
    expect(row).toContain('<a href="#org-3">');
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(target);
    expect(html.indexOf('id="matrix"')).toBeLessThan(html.indexOf('<form id="filters"'));
  });

  it('a single org has no matrix; its rule blocks carry ids all the same', () => {
    const html = renderHtml([misconfigured], OPTIONS);
    expect(html).not.toContain('class="matrix"');
    expect(html).toContain('<details class="rule" id="org-1/session/browser-caching-disabled"');
  });

  it('with --fix: the plan, each change with its target, operation and before → after, the manual steps numbered, the refusals with reasons', async () => {
    const snapshot = await loadSample('misconfigured-org');
    const run = { ...misconfigured, fixPlan: planFixes(misconfigured.result, snapshot, { fixType: 'safe' }) };
    const html = renderHtml([run], OPTIONS);
    const section = /<section class="fix-plan" id="fix-plan">.*?<\/section>/s.exec(html)![0];
    expect(section).toContain('For Nordwind Handel GmbH (Full Sandbox) <code>00D5g0000000002AAA</code>, a sandbox;');
    expect(section).not.toContain('PRODUCTION');
    const plan = run.fixPlan;
    expect(section).toContain(`Changes (${plan.changes.length}), in write order`);
    expect(section).toMatch(
      /<code>metadata\.update<\/code> MobileSettings<\/td><td><ul><li><code>enableS1EncryptedStoragePref2<\/code>: true → false<\/li><\/ul>/,
    );
    for (const change of plan.changes) expect(section).toContain(`<code>${change.id}</code> ${esc(change.summary)}`);
    for (const m of plan.manual) expect(section).toContain(`<ol>${m.steps.map((step) => `<li>${esc(step)}</li>`).join('')}</ol>`);
    for (const r of plan.refusals) expect(section).toContain(`<li><code>${r.ruleId}</code>: ${esc(r.reason)}</li>`);
    expect(plan.manual.length).toBeGreaterThan(0);
    expect(plan.refusals.length).toBeGreaterThan(0);
    // An assignment of the permission set the plan creates names that record, not a placeholder.
    expect(section).not.toMatch(/@\{c\d+\.id\}/);
    const production = renderHtml([{ ...run, fixPlan: { ...plan, isSandbox: false } }], OPTIONS);
    expect(production).toContain('This is a PRODUCTION org: the changes take effect for its users at once.');
    expect(renderHtml([misconfigured], OPTIONS)).not.toContain('id="fix-plan"');
  });
});
