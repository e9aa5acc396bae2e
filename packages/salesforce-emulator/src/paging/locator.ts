import { randomBytes } from 'node:crypto';

const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A Salesforce-style query cursor id: key prefix `01g`, 18 characters. Random, so stale ids never collide. */
export function newCursorId(): string {
  const bytes = randomBytes(15);
  let id = '01g';
  for (const b of bytes) id += ALPHANUMERIC[b % ALPHANUMERIC.length];
  return id;
}

/** `01g…-2000`: the cursor id and the offset of the page's first row. */
export function formatLocator(cursorId: string, offset: number): string {
  return `${cursorId}-${offset}`;
}

/** Parses a locator; a bare cursor id means offset 0. Returns undefined for anything malformed. */
export function parseLocator(locator: string): { cursorId: string; offset: number } | undefined {
  const m = /^(01g[0-9A-Za-z]{12,15})(?:-(\d{1,9}))?$/.exec(locator);
  if (!m) return undefined;
  return { cursorId: m[1], offset: m[2] === undefined ? 0 : Number(m[2]) };
}
