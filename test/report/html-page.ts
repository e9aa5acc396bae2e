import axe from 'axe-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { renderHtml } from '../../src/report/html.js';
import type { AuditRun } from '../../src/report/types.js';
import { OPTIONS } from './fixtures/options.js';

/** Reports and screenshots land here (gitignored) for a look after a failure. */
const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'html');

/** Renders `runs` into ARTIFACTS/<name>.html and returns its file URL. */
export function writeReport(name: string, runs: AuditRun[]): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.html`);
  writeFileSync(path, renderHtml(runs, OPTIONS));
  return pathToFileURL(path).href;
}

/** Opens `url` in a fresh page that records console errors, page errors and every request. */
export async function openReport(browser: Browser, url: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, requests };
}

export const screenshot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });

/** axe-core's violations on the page (all rules, or only `rules`), as id, impact and node count. */
export async function axeViolations(page: Page, rules?: string[]) {
  // Evaluated over the DevTools protocol: the page's CSP rightly refuses an injected <script>.
  await page.evaluate(axe.source);
  return page.evaluate(async (only) => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, only ? { runOnly: only } : {});
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  }, rules);
}

export const seriousOrCritical = (violations: Array<{ impact?: string | null }>) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
