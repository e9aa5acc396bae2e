import type { RunningEmulator } from '@juston-audit/salesforce-emulator';
import { bodyShape } from './body-shape.js';
import type { Har, HarEntry } from './har.js';

/** Where the emulator's answer to one recorded request differs from the org's. */
export interface Difference {
  /** 1-based position of the entry in the trace. */
  entry: number;
  request: string;
  status?: { org: number; emulator: number };
  onlyInOrg: string[];
  onlyInEmulator: string[];
}

/**
 * Sends every request of a trace, in order, to the emulator and compares each answer's status and body
 * shape (keys and element names, not values) with what the org answered. Credentials the trace redacted
 * are replaced by the emulator's own: its access token in `Authorization` and `<sessionId>`, its
 * username and password in logins. Entries that got no answer (connection refused, timeout) are skipped.
 */
export async function replayTrace(har: Har, emulator: RunningEmulator): Promise<{ replayed: number; differences: Difference[] }> {
  const differences: Difference[] = [];
  let replayed = 0;
  for (const [index, entry] of har.log.entries.entries()) {
    if (entry.response.status === 0) continue;
    replayed += 1;
    const answer = await send(entry, emulator);
    const org = bodyShape(entry.response.content.text ?? '');
    const emulated = bodyShape(answer.text);
    const difference: Difference = {
      entry: index + 1,
      request: `${entry.request.method} ${pathOf(entry.request.url)}`,
      ...(answer.status === entry.response.status ? {} : { status: { org: entry.response.status, emulator: answer.status } }),
      onlyInOrg: missingFrom(emulated, org),
      onlyInEmulator: missingFrom(org, emulated),
    };
    if (difference.status || difference.onlyInOrg.length > 0 || difference.onlyInEmulator.length > 0) differences.push(difference);
  }
  return { replayed, differences };
}

/** Paths of `shape` that `other` lacks, only where the divergence starts: a missing subtree is one line, not one per key. */
function missingFrom(other: Set<string>, shape: Set<string>): string[] {
  return [...shape].filter((path) => {
    const parent = path.replace(/(\.[^.[\]]+|\[\]|\/[^/]+)$/, '');
    return !other.has(path) && (parent === '$' || parent === path || other.has(parent));
  });
}

async function send(entry: HarEntry, emulator: RunningEmulator): Promise<{ status: number; text: string }> {
  const recorded = new URL(entry.request.url);
  const url = `${emulator.instanceUrl}${recorded.pathname}${recorded.search}`;
  const headers = Object.fromEntries(
    entry.request.headers
      .filter(({ name }) => !['host', 'content-length', 'cookie'].includes(name.toLowerCase()))
      .map(({ name, value }) => [name, name.toLowerCase() === 'authorization' ? `Bearer ${emulator.accessToken}` : value]),
  );
  const body = entry.request.postData ? withCredentials(entry.request.postData.text, emulator) : undefined;
  const response = await fetch(url, { method: entry.request.method, headers, body, redirect: 'manual' });
  return { status: response.status, text: await response.text() };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The request body with the emulator's credentials where the trace has redacted ones (and the login's username). */
function withCredentials(text: string, emulator: RunningEmulator): string {
  const element = (name: string, value: string) => (body: string) =>
    body.replace(new RegExp(`<((?:[\\w.-]+:)?${name})(\\s[^>]*)?>[^<]*</\\1>`, 'g'), (_m, tag: string, attributes = '') => {
      return `<${tag}${attributes as string}>${escapeXml(value)}</${tag}>`;
    });
  const field = (name: string, value: string) => (body: string) =>
    body.replace(new RegExp(`(^|&)${name}=[^&]*`, 'g'), `$1${name}=${encodeURIComponent(value)}`);
  const steps = [
    element('sessionId', emulator.accessToken),
    element('username', emulator.username),
    element('password', emulator.password),
    field('username', emulator.username),
    field('password', emulator.password),
  ];
  return steps.reduce((body, step) => step(body), text);
}

function pathOf(url: string): string {
  const parsed = new URL(url);
  let search = parsed.search;
  try {
    search = decodeURIComponent(search);
  } catch {
    // not percent-encoded text: shown as recorded
  }
  const path = `${parsed.pathname}${search}`;
  return path.length > 120 ? `${path.slice(0, 119)}…` : path;
}
