/**
 * The headless Chromium that ships inside the npm package @sparticuz/chromium, driven by playwright-core:
 * launched the same way by the browser tests of the HTML report and by the benchmark.
 */
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from 'playwright-core';

/** The flags a closed-network machine needs besides @sparticuz/chromium's own (see /work/.library/env/machines/node.md). */
const OFFLINE_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchHeadlessChromium(): Promise<Browser> {
  return playwright.launch({
    executablePath: await chromium.executablePath(),
    args: [...chromium.args, ...OFFLINE_FLAGS],
    headless: true,
  });
}
