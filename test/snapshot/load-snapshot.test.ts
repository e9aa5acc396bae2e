import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadSnapshot, parseSnapshot } from '../../src/snapshot/load-snapshot.js';

const dir = mkdtempSync(join(tmpdir(), 'snapshot-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('loadSnapshot', () => {
  it('loads the bundled clean sample org', async () => {
    const snapshot = await loadSnapshot('samples/clean-org.json');
    expect(snapshot.format).toBe('juston-audit.org-snapshot/v1');
    expect(snapshot.records.Organization).toHaveLength(1);
    expect(snapshot.describe.ONB2__Balance__c.fields.length).toBeGreaterThan(3);
    expect(snapshot).not.toHaveProperty('$schema');
  });

  it('names the file and the JSON path of a schema violation', async () => {
    const path = write(
      'bad-id.json',
      JSON.stringify({
        format: 'juston-audit.org-snapshot/v1',
        capturedAt: '2026-11-20T09:30:00.000Z',
        records: { User: [{ Id: 5 }] },
        tooling: {},
        metadata: {},
        describe: {},
      }),
    );
    await expect(loadSnapshot(path)).rejects.toThrow(
      new RegExp(`Invalid snapshot ${path}: \\$\\.records\\.User\\[0\\]\\.Id: must be string`),
    );
  });

  it('rejects a wrong format marker and an unknown top-level key, all at once', () => {
    const attempt = () =>
      parseSnapshot({ format: 'v0', capturedAt: 'x', records: {}, tooling: {}, metadata: {}, describe: {}, extra: 1 }, 'doc.json');
    expect(attempt).toThrow(InputError);
    expect(attempt).toThrow(/\$\.format: must be "juston-audit.org-snapshot\/v1"/);
    expect(attempt).toThrow(/unknown property 'extra'/);
  });

  it('rejects records that still carry wire attributes', () => {
    const doc = {
      format: 'juston-audit.org-snapshot/v1',
      capturedAt: '2026-11-20T09:30:00.000Z',
      records: { User: [{ Id: '005000000000001AAA', attributes: { type: 'User' } }] },
      tooling: {},
      metadata: {},
      describe: {},
    };
    expect(() => parseSnapshot(doc, 'doc.json')).toThrow(/\$\.records\.User\[0\]/);
  });

  it('gives a one-line error for invalid JSON and a missing file', async () => {
    await expect(loadSnapshot(write('broken.json', '{"format": '))).rejects.toThrow(/broken.json: not valid JSON/);
    await expect(loadSnapshot(join(dir, 'nope.json'))).rejects.toThrow(/nope.json: file not found/);
  });
});
