import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const goldenPath = (name: string): string => fileURLToPath(new URL(`./golden/${name}`, import.meta.url));

/**
 * Compares `actual` with test/report/golden/<name>. With UPDATE_GOLDEN=1 the file is (re)written
 * instead: `UPDATE_GOLDEN=1 npx vitest run test/report`. A missing golden file is a failure.
 */
export function expectGolden(name: string, actual: string): void {
  const path = goldenPath(name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`Golden file ${name} is missing; run UPDATE_GOLDEN=1 npx vitest run test/report`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
