/**
 * The HTML report: its size for the demo and for a 20,000-user org, both written by the built CLI
 * (`--output FILE.html`), and how soon the 20,000-user page is interactive in the headless Chromium the
 * browser tests use. Definitions in bench/README.md ("The HTML report").
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateOrg } from '@juston-audit/salesforce-emulator';
import type { Snapshot } from '@juston-audit/org-snapshot';
import { saveSnapshot } from '../../dist/snapshot/save-snapshot.js';
import type { Browser } from 'playwright-core';
import { launchHeadlessChromium } from './headless-chromium.js';
import type { HtmlMeasurement, PageMeasurement } from './judge.js';
import { fixProfile, orgProfile } from './org-profile.js';

/** Runs the built CLI; exit 0 or 1 (failing rules) is an audit that completed. */
function runCli(root: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 || code === 1 ? resolve() : reject(new Error(`juston-audit ${args.join(' ')} exited ${code}:\n${stderr}`)),
    );
  });
}

/** In the page, before its own script: when the first frame after that script ran is painted, then one search. */
function recordInteractive(query: string): void {
  const marks: Record<string, number> = {};
  (window as unknown as { benchMarks: Record<string, number> }).benchMarks = marks;
  const afterFrame = (then: () => void) => requestAnimationFrame(() => setTimeout(then, 0));
  document.addEventListener('DOMContentLoaded', () =>
    afterFrame(() => {
      marks.ready = performance.now();
      const search = document.getElementById('search') as HTMLInputElement;
      search.value = query;
      search.dispatchEvent(new Event('input', { bubbles: true }));
      afterFrame(() => (marks.interactive = performance.now()));
    }),
  );
}

/** Writes one org's page with the CLI and opens it: its size, and when it was ready and interactive. */
async function measurePage(root: string, dir: string, browser: Browser, org: Snapshot, name: string): Promise<PageMeasurement> {
  const snapshotFile = join(dir, `${name}.json`);
  await saveSnapshot(snapshotFile, org);
  const file = join(dir, `${name}.html`);
  await runCli(root, ['--snapshot', snapshotFile, '--no-color', '--output', file]);
  // The JustOn user generated last (the unrelated 'sales.' users come after them).
  const lastUser = String(org.records.User.filter((u) => String(u.Username).startsWith('billing.')).at(-1)?.Username);
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(recordInteractive, lastUser);
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as { benchMarks: { interactive?: number } }).benchMarks.interactive);
  const marks = await page.evaluate(() => (window as unknown as { benchMarks: { ready: number; interactive: number } }).benchMarks);
  // The search must have done its work: the grid shows just the user searched for.
  // (The page stays open: with @sparticuz/chromium's --single-process, closing it can take the browser down.)
  const rows = await page.locator('.grid tbody th').allInnerTexts();
  if (errors.length || rows.join() !== lastUser)
    throw new Error(
      `${name}: the page did not answer the search for ${lastUser}: rows ${rows.slice(0, 3).join(', ')}; errors ${errors.join('; ')}`,
    );
  return { bytes: (await stat(file)).size, readyMs: Math.round(marks.ready), interactiveMs: Math.round(marks.interactive) };
}

/** The demo's page, and the pages of `users` JustOn users with Balance access (the benchmark's org) and without it. */
export async function benchHtml(root: string, base: Snapshot, users: number): Promise<HtmlMeasurement> {
  const dir = await mkdtemp(join(tmpdir(), 'juston-bench-html-'));
  const browser = await launchHeadlessChromium();
  try {
    const demoFile = join(dir, 'demo.html');
    await runCli(root, ['--demo', '--no-color', '--output', demoFile]);
    const withAccess = await measurePage(root, dir, browser, generateOrg(base, orgProfile(users)), 'with-access');
    const lacking = await measurePage(root, dir, browser, generateOrg(base, fixProfile(users)), 'lacking-access');
    return { users, demoBytes: (await stat(demoFile)).size, withAccess, lacking };
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}
