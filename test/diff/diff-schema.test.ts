import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/diff/diff-snapshots.js';
import { renderJson } from '../../src/diff/render-json.js';
import { clean, modify } from '../harness/snapshots.js';
import { diffSchemaProblems } from './diff-schema.js';

/** The JSON of the clean org against itself with browser caching turned on: one setting and one rule changed. */
function cachingDiff() {
  const later = modify(clean(), (s) => void (s.metadata.MobileSettings!.Mobile!.enableS1EncryptedStoragePref2 = true));
  const side = (path: string) => ({ path, capturedAt: '2026-11-29T01:00:00.000Z' });
  const diff = {
    org: { id: '00D5g0000000001AAA', name: 'Acme Billing GmbH' },
    inputKind: 'snapshot' as const,
    old: side('/tmp/a.json'),
    new: side('/tmp/b.json'),
    sections: diffSnapshots(clean(), later),
  };
  return JSON.parse(renderJson(diff));
}

const sectionIndex = (json: { sections: Array<{ id: string }> }, id: string) => json.sections.findIndex((s) => s.id === id);

describe('diff.schema.json', () => {
  it('accepts the JSON of a snapshot diff, every section included', () => {
    const json = cachingDiff();
    expect(json.changes).toBe(2);
    expect(diffSchemaProblems(json)).toEqual([]);
  });

  it('rejects a broken document, naming the JSON path of each problem', () => {
    const json = cachingDiff();
    const settings = sectionIndex(json, 'settings');
    const rules = sectionIndex(json, 'rules');
    json.format = 'juston-audit.diff/v2';
    json.sections[0].id = 'users';
    delete json.sections[settings].changes[0].after;
    json.sections[rules].changes[0].kind = 'added';
    json.old.sha = 'abc';
    expect(diffSchemaProblems(json)).toEqual([
      '$.format: must be "juston-audit.diff/v1"',
      "$.old: unknown property 'sha'",
      expect.stringMatching(/^\$\.sections\[0\]\.id: must be one of "package", /),
      `$.sections[${settings}].changes[0]: missing required property 'after'`,
      `$.sections[${rules}].changes[0].before: must not be present`,
    ]);
  });
});
