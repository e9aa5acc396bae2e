import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { validateConfig } from '../../src/config/validate.js';
import { evaluate } from '../../src/engine/index.js';
import { InputError } from '../../src/errors.js';
import { loadSnapshot, parseSnapshot } from '../../src/snapshot/load-snapshot.js';
import type { Snapshot } from '@juston-audit/org-snapshot';
import { fullConfig } from '../harness/full-config.js';
import { clean, misconfigured } from '../harness/snapshots.js';
import { exists, jsonPathSegments, mutate, mutationArb, type Path } from './mutate.js';

const dir = mkdtempSync(join(tmpdir(), 'juston-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a loader: its result, or the InputError it threw. Anything else thrown fails the property. */
function outcome<T>(load: () => T): { ok: T } | { error: InputError } {
  try {
    return { ok: load() };
  } catch (error) {
    if (error instanceof InputError) return { error };
    throw error;
  }
}

/** The problems a schema error lists: the one on its only line, or each `  - ` line under a `(N problems):` header. */
function schemaProblems(message: string, subject: string): string[] {
  const [head, ...rest] = message.split('\n');
  if (rest.length === 0) {
    expect(head.startsWith(`Invalid ${subject}: $`), head).toBe(true);
    return [head.slice(`Invalid ${subject}: `.length)];
  }
  expect(head).toMatch(/ \(\d+ problems\):$/);
  expect(head.startsWith(`Invalid ${subject} (`), head).toBe(true);
  const listed = rest.filter((line) => !line.startsWith('  … and '));
  for (const line of listed) expect(line.startsWith('  - $'), line).toBe(true);
  return listed.map((line) => line.slice('  - '.length));
}

/** The JSON path a problem names: the longest `$…` prefix before ': ' that exists in the document. */
function problemPath(problem: string, doc: unknown): Path | undefined {
  const candidates = [...problem.matchAll(/: /g)].map((m) => problem.slice(0, m.index)).filter((p) => p.startsWith('$'));
  return candidates.map(jsonPathSegments).find((path) => path !== undefined && exists(doc, path));
}

function expectPathsExist(error: InputError, subject: string, doc: unknown): void {
  for (const problem of schemaProblems(error.message, subject)) expect(problemPath(problem, doc), problem).toBeDefined();
}

function checkSnapshotOutcome(doc: unknown): void {
  const source = 'fuzzed.json';
  const result = outcome(() => parseSnapshot(structuredClone(doc), source));
  if ('error' in result) {
    expectPathsExist(result.error, `snapshot ${source}`, doc);
  } else {
    // A document the loader accepts must be auditable: the engine may call rules inconclusive, never crash.
    expect(() => evaluate(result.ok)).not.toThrow();
  }
}

const CONFIG = fullConfig();

function checkConfigOutcome(doc: unknown, snapshot: Snapshot): void {
  const source = '/repo/juston-audit.config.json';
  const result = outcome(() => validateConfig(structuredClone(doc), source));
  if ('error' in result) {
    expectPathsExist(result.error, `config ${source}`, doc);
  } else {
    expect(() => evaluate(snapshot, result.ok)).not.toThrow();
  }
}

describe('snapshot loader under random and mutated documents', () => {
  it('random JSON: a valid snapshot or an InputError naming the source and a JSON path', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (doc) => checkSnapshotOutcome(doc)),
      { numRuns: 300 },
    );
  });

  it('mutated samples: a valid (and auditable) snapshot or an InputError naming a path that exists', () => {
    const samples = [clean(), misconfigured()];
    fc.assert(
      fc.property(fc.nat(1), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (which, mutations) => {
        checkSnapshotOutcome(mutate(samples[which]!, mutations));
      }),
      { numRuns: 250 },
    );
  });

  it('truncated and corrupted files: an InputError naming the file, never a crash', async () => {
    const text = await readFile('samples/clean-org.json', 'utf8');
    await fc.assert(
      fc.asyncProperty(fc.nat(text.length - 2), fc.string({ maxLength: 3 }), async (cut, junk) => {
        const path = join(dir, 'cut.json');
        writeFileSync(path, text.slice(0, cut) + junk);
        const error = await loadSnapshot(path).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(InputError);
        // Unreadable JSON names the file; a cut that still parses (e.g. `0`) breaks the schema, which names it too.
        const message = (error as Error).message;
        expect(message.startsWith(`snapshot ${path}: `) || message.startsWith(`Invalid snapshot ${path}`), message).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('does not hang on a huge or deeply nested document', () => {
    const deep: unknown = Array.from({ length: 5_000 }).reduce<unknown>((inner) => [inner], 'x');
    const wide = {
      ...clean(),
      records: { User: Array.from({ length: 50_000 }, (_, i) => ({ Id: `005${String(i).padStart(15, '0')}`, Deep: deep })) },
    };
    const started = Date.now();
    expect(() => parseSnapshot(wide, 'big.json')).not.toThrow();
    const bad = { ...wide, tooling: deep };
    expect(() => parseSnapshot(bad, 'big.json')).toThrow(/^Invalid snapshot big\.json: \$\.tooling: must be object/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('config validator under random and mutated documents', () => {
  const snapshot = clean();

  it('the base config is valid (so mutations start from a good document)', () => {
    expect(validateConfig(structuredClone(CONFIG), 'base')).toEqual(CONFIG);
  });

  it('random JSON: a valid config or an InputError listing problems with JSON paths', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (doc) => checkConfigOutcome(doc, snapshot)),
      { numRuns: 300 },
    );
  });

  it('mutated configs: a valid (and usable) config or an InputError whose every path exists', () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (mutations) => {
        checkConfigOutcome(mutate(CONFIG, mutations), snapshot);
      }),
      { numRuns: 300 },
    );
  });

  it('truncated config files: an InputError naming the file', () => {
    const text = JSON.stringify(CONFIG, null, 2);
    fc.assert(
      fc.property(fc.nat(text.length - 2), (cut) => {
        const path = join(dir, 'juston-audit.config.json');
        writeFileSync(path, text.slice(0, cut));
        const result = outcome(() => loadConfig({ path }));
        expect('error' in result && result.error.message.startsWith(`config ${path}: not valid JSON`)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
