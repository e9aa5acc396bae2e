import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHeadlessChromium } from '../../bench/src/headless-chromium.js';
import { planFixes } from '../../src/fix/index.js';
import type { AuditRun } from '../../src/report/types.js';
import { asOtherOrg, loadSample, runFor, sampleRun } from './fixtures/runs.js';
import { axeViolations, openReport, screenshot, seriousOrCritical, writeReport } from './html-page.js';

let browser: Browser;
let acme: AuditRun;
let nordwind: AuditRun;
beforeAll(async () => {
  [acme, nordwind] = await Promise.all([sampleRun('clean-org'), sampleRun('misconfigured-org')]);
  browser = await launchHeadlessChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe('HTML report of several orgs and of a --fix plan, in headless Chromium', { timeout: 30_000 }, () => {
  it('several orgs: the rules × orgs matrix links every cell to an element on the page, and ids are unique', async () => {
    const uat = runFor(asOtherOrg(await loadSample('misconfigured-org'), '00D5g0000000009AAA', 'Nordwind UAT'));
    const url = writeReport('three-orgs', [acme, nordwind, uat]);
    const { page, errors, requests } = await openReport(browser, url);
    const matrix = page.getByRole('table', { name: /Each rule's status in each org/ });
    expect(await matrix.locator('thead th').allInnerTexts()).toEqual([
      'Rule',
      'Acme Billing GmbH 00D5g0000000001AAA',
      'Nordwind Handel GmbH (Full Sandbox) 00D5g0000000002AAA',
      'Nordwind UAT 00D5g0000000009AAA',
    ]);
    expect(await matrix.locator('tbody tr').count()).toBe(nordwind.result.results.length);
    const row = matrix.locator('tbody tr', { hasText: 'org/production-install' });
    expect(await row.locator('td').allInnerTexts()).toEqual(['✔ passed', '✖ failed', '✖ failed']);
    await screenshot(page, 'matrix');

    // Every link on the page points at an element; no two elements share an id (after the script ran).
    const { missing, duplicates, links } = await page.evaluate(() => {
      const hrefs = Array.from(document.querySelectorAll('a[href^="#"]'), (a) => decodeURIComponent(a.getAttribute('href')!.slice(1)));
      const ids = Array.from(document.querySelectorAll('[id]'), (e) => e.id);
      return {
        links: hrefs.length,
        missing: hrefs.filter((id) => !document.getElementById(id)),
        duplicates: ids.filter((id, i) => ids.indexOf(id) !== i),
      };
    });
    expect(links).toBeGreaterThan(3 * nordwind.result.results.length);
    expect(missing).toEqual([]);
    expect(duplicates).toEqual([]);

    // One grid per org with JustOn users, filtered by the one search; the filters cover every org's rules.
    expect(await page.locator('.grid').count()).toBe(3);
    await page.getByLabel('Search rules, findings and resources').fill('anna.billing@nordwind');
    expect(await page.locator('.grid tbody th').allInnerTexts()).toEqual([
      'anna.billing@nordwind.example',
      'anna.billing@nordwind.example',
    ]);
    await page.getByLabel('Search rules, findings and resources').fill('');
    await page.getByLabel('passed').uncheck();
    const passing = [acme, nordwind, uat].flatMap((r) => r.result.results).filter((r) => r.status === 'pass').length;
    expect(await page.locator('.rule[hidden]').count()).toBe(passing);

    // The mark is not read out, only its word. A cell of a rule the filters hide shows everything again and opens that org's rule.
    await row.getByRole('link', { name: 'passed', exact: true }).click();
    const target = page.locator('[id="org-1/org/production-install"]');
    await expect.poll(() => target.isVisible()).toBe(true);
    expect(await target.getAttribute('open')).toBe('');
    expect(await page.getByLabel('passed').isChecked()).toBe(true);
    await row.getByRole('link', { name: 'failed', exact: true }).nth(1).press('Enter');
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe('#org-3/org/production-install');
    expect(await page.locator('[id="org-3/org/production-install"]').isVisible()).toBe(true);

    expect(seriousOrCritical(await axeViolations(page))).toEqual([]);
    await screenshot(page, 'three-orgs');
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
  });

  it('--fix --dry-run: the plan shows every change with before → after, the manual steps and the refusals', async () => {
    const plan = planFixes(nordwind.result, await loadSample('misconfigured-org'), { fixType: 'safe' });
    const url = writeReport('fix-plan', [{ ...nordwind, fixPlan: { ...plan, isSandbox: false } }]);
    const { page, errors, requests } = await openReport(browser, url);
    const section = page.locator('#fix-plan');
    await section.scrollIntoViewIfNeeded();
    const text = await section.innerText();
    expect(text).toContain('This is a PRODUCTION org: the changes take effect for its users at once.');
    expect(await section.locator('tbody tr').count()).toBe(plan.changes.length);
    for (const change of plan.changes) expect(text).toContain(change.summary);
    expect(await section.locator('tr', { hasText: 'MobileSettings' }).locator('td').last().innerText()).toBe(
      'enableS1EncryptedStoragePref2: true → false',
    );
    expect(await section.locator('ol li').count()).toBe(plan.manual.reduce((n, m) => n + m.steps.length, 0));
    for (const refusal of plan.refusals) expect(text).toContain(`${refusal.ruleId}: ${refusal.reason}`);
    expect(seriousOrCritical(await axeViolations(page))).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, ['color-contrast'])).toEqual([]);
    await screenshot(page, 'fix-plan');
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
  });
});
