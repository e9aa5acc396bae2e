import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOrg } from '@juston-audit/salesforce-emulator';
import { launchHeadlessChromium } from '../../bench/src/headless-chromium.js';
import type { AuditRun } from '../../src/report/types.js';
import { resourceLabel } from '../../src/report/view.js';
import { clean } from '../harness/snapshots.js';
import { runFor, sampleRun } from './fixtures/runs.js';
import { axeViolations, openReport, screenshot as shot, seriousOrCritical, writeReport } from './html-page.js';

const HOSTILE_NAME = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">';

let browser: Browser;
let demo: AuditRun;
let demoUrl: string;

const open = (url: string) => openReport(browser, url);

/** Users the requirement rules name (failing or passing): the grid's rows. */
function justOnUsers(run: AuditRun): Set<string> {
  const requirementRules = [
    'access/balance-object',
    'access/balance-fields',
    'access/balance-tab',
    'access/task-type-field',
    'license/assigned',
    'connected-app/users-authorized',
    'access/shipped-permission-sets',
  ];
  const users = new Set<string>();
  for (const r of run.result.results.filter((x) => requirementRules.includes(x.ruleId)))
    for (const resource of [...r.findings.map((f) => f.resource), ...(r.evidence ?? []).map((e) => e.resource)])
      if (resource.type === 'User') users.add(resource.name);
  return users;
}

const visibleRules = (page: Page) => page.locator('.rule:not([hidden])').count();

beforeAll(async () => {
  demo = await sampleRun('misconfigured-org');
  demoUrl = writeReport('demo', [demo]);
  browser = await launchHeadlessChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('HTML report in headless Chromium', { timeout: 30_000 }, () => {
  it('opens without errors or requests and shows every failing rule and every user named in findings', async () => {
    const { page, errors, requests } = await open(demoUrl);
    const text = await page.locator('body').innerText();
    const failing = demo.result.results.filter((r) => r.status === 'fail');
    expect(failing.length).toBeGreaterThan(5);
    for (const r of failing) expect(text).toContain(r.ruleId);
    const users = [...new Set(failing.flatMap((r) => r.findings.filter((f) => f.resource.type === 'User').map((f) => f.resource.name)))];
    expect(users.length).toBeGreaterThan(1);
    for (const user of users) expect(text).toContain(user);
    expect(text).toContain('Nordwind Handel GmbH (Full Sandbox)');
    expect(text).toContain('Score 22/100');
    expect(await page.locator('.findings li.suppressed').count()).toBeGreaterThan(0);
    await shot(page, 'demo');
    expect(errors).toEqual([]);
    expect(requests).toEqual([demoUrl]);
  });

  it('shows every finding’s message and resource exactly as the engine wrote them, in the lists and the grid', async () => {
    const { page, errors } = await open(demoUrl);
    const findings = demo.result.results.flatMap((r) => r.findings);
    expect(findings.length).toBeLessThan(50); // every list shows all its findings
    const sorted = (texts: string[]) => [...texts].sort();
    expect(sorted(await page.locator('.findings li .text').allTextContents())).toEqual(sorted(findings.map((f) => f.message)));
    expect(sorted(await page.locator('.findings li .resource').allTextContents())).toEqual(sorted(findings.map(resourceLabel)));
    const failing = (await page.locator('.grid td.status-fail').allTextContents()).map((text) => text.replace(/^✖ /, ''));
    expect(failing.length).toBeGreaterThan(3);
    for (const text of failing) expect(findings.map((f) => f.message)).toContain(text);
    expect(errors).toEqual([]);
  });

  it('status and severity filters and the search change what is visible, by keyboard', async () => {
    const { page, errors } = await open(demoUrl);
    const all = await visibleRules(page);
    expect(all).toBe(demo.result.results.length);
    await expect.poll(() => page.locator('#shown').innerText()).toBe(`${all} of ${all} rules shown`);

    await page.getByLabel('passed').focus();
    await page.keyboard.press('Space');
    const passing = demo.result.results.filter((r) => r.status === 'pass').length;
    expect(await visibleRules(page)).toBe(all - passing);
    expect(await page.locator('.rule[data-status="pass"]:not([hidden])').count()).toBe(0);

    await page.getByLabel('note').check();
    await page.getByLabel('note').uncheck();
    expect(await page.locator('.rule[data-severity="note"]:not([hidden])').count()).toBe(0);

    await page.getByRole('button', { name: 'Show all' }).press('Enter');
    await expect.poll(() => visibleRules(page)).toBe(all);

    const user = demo.result.results.flatMap((r) => r.findings).find((f) => f.resource.type === 'User')!.resource.name;
    await page.getByLabel('Search rules, findings and resources').fill(user);
    const matching = demo.result.results.filter((r) => r.findings.some((f) => `${f.message} ${f.resource.name}`.includes(user))).length;
    expect(await visibleRules(page)).toBe(matching);
    expect(matching).toBeLessThan(all);
    for (const item of await page.locator('.rule:not([hidden]) .findings li:not([hidden])').allInnerTexts()) expect(item).toContain(user);

    await page.getByLabel('Search rules, findings and resources').fill('session/browser-caching-disabled');
    expect(await visibleRules(page)).toBe(1);
    await page.getByLabel('Search rules, findings and resources').fill('no rule says this');
    expect(await visibleRules(page)).toBe(0);
    await expect.poll(() => page.locator('#shown').innerText()).toBe(`0 of ${all} rules shown`);
    await shot(page, 'filtered');
    expect(errors).toEqual([]);
  });

  it('has a users × requirements grid with one row per JustOn user, sortable and filtered by the search', async () => {
    const { page, errors } = await open(demoUrl);
    const grid = page.locator('.grid');
    const rows = grid.locator('tbody tr');
    const users = justOnUsers(demo);
    expect(users.size).toBeGreaterThan(3);
    expect(new Set(await rows.locator('th').allInnerTexts())).toEqual(users);
    const anna = rows.filter({ hasText: 'anna.billing@nordwind.example' });
    expect(await anna.locator('td').first().innerText()).toContain('lacks Create, Edit on ONB2__Balance__c');
    expect(await rows.filter({ hasText: 'ada.admin@nordwind.example' }).locator('td').first().innerText()).toContain(
      "via profile 'System Administrator'",
    );

    await grid.getByRole('button', { name: /^User\b/ }).click();
    const ascending = await rows.locator('th').allInnerTexts();
    expect(ascending).toEqual([...users].sort());
    await grid.getByRole('button', { name: /^User\b/ }).press('Enter');
    expect(await rows.locator('th').allInnerTexts()).toEqual([...ascending].reverse());
    expect(await grid.locator('th[aria-sort="descending"]').innerText()).toContain('User');

    await page.getByLabel('Search rules, findings and resources').fill('anna.billing');
    expect(await rows.locator('th').allInnerTexts()).toEqual(['anna.billing@nordwind.example']);
    await shot(page, 'grid');
    expect(errors).toEqual([]);
  });

  it('has no serious or critical axe-core violation', async () => {
    const { page, errors } = await open(demoUrl);
    expect(seriousOrCritical(await axeViolations(page))).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, ['color-contrast'])).toEqual([]);
    await shot(page, 'dark');
    expect(errors).toEqual([]);
  });

  it('renders a user named like markup as text, and runs none of it', async () => {
    const run = structuredClone(demo);
    const finding = run.result.results.find((r) => r.status === 'fail' && r.findings.some((f) => f.resource.type === 'User'))!.findings[0];
    finding.resource.name = HOSTILE_NAME;
    finding.message = `User ${HOSTILE_NAME} lacks access.`;
    run.org.name = HOSTILE_NAME;
    const { page, errors, requests } = await open(writeReport('hostile', [run]));
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2); // the findings data and the report's own script
    expect(await page.locator('h1').innerText()).toBe(`JustOn audit: ${HOSTILE_NAME}`);
    expect(await page.locator('body').innerText()).toContain(`User ${HOSTILE_NAME} lacks access.`);
    await shot(page, 'hostile');
    expect(errors).toEqual([]);
    expect(requests).toHaveLength(1);
  });

  it('opens a 20,000-user report quickly, a page of findings at a time, and finds any user by search', async () => {
    const users = 20_000;
    const run = runFor(generateOrg(clean(), { justOnUsers: users, usersLackingAccess: users }));
    const findings = run.result.results.find((r) => r.ruleId === 'access/balance-object')!.findings;
    expect(findings.length).toBeGreaterThanOrEqual(users);
    const url = writeReport('20000-users', [run]);
    const started = Date.now();
    const { page, errors, requests } = await open(url);
    const rule = page.locator('.rule', { hasText: 'access/balance-object' });
    expect(await rule.locator('.findings li').count()).toBe(50);
    await rule.getByRole('button', { name: `Show 50 more of ${findings.length} findings` }).click();
    expect(await rule.locator('.findings li').count()).toBe(100);

    const grid = page.locator('.grid');
    const gridUsers = justOnUsers(run).size;
    expect(gridUsers).toBeGreaterThanOrEqual(users);
    expect(await grid.locator('tbody tr').count()).toBe(100);
    expect(await grid.locator('.page').innerText()).toBe(`Users 1–100 of ${gridUsers}`);
    await grid.getByRole('button', { name: 'Next users' }).click();
    expect(await grid.locator('.page').innerText()).toBe(`Users 101–200 of ${gridUsers}`);

    const last = findings.at(-1)!.resource.name;
    await page.getByLabel('Search rules, findings and resources').fill(last);
    await expect.poll(() => rule.locator('.findings li').allInnerTexts()).toEqual([expect.stringContaining(last)]);
    expect(await grid.locator('tbody th').allInnerTexts()).toEqual([last]);
    const interactiveMs = Date.now() - started;
    await shot(page, '20000-users');
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    console.info(`20,000-user report: opened, paged and searched in ${interactiveMs} ms`);
  });
});
