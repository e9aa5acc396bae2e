import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv) => Ajv;
const read = (rel: string) => JSON.parse(readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8')) as object;

describe('bundled samples', () => {
  const validate = addFormats(new Ajv({ allErrors: true, strict: false })).compile(read('../../snapshot.schema.json'));
  it.each(['clean-org.json', 'misconfigured-org.json'])('%s matches snapshot.schema.json', (name) => {
    const ok = validate(read(`../../samples/${name}`));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});
