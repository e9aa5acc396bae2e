import { describe, expect, it } from 'vitest';
import { diffRenderers } from '../../src/diff/renderers.js';
import type { OrgDiff } from '../../src/diff/types.js';
import { diffSchemaProblems } from './diff-schema.js';

const diff = (changed: boolean): OrgDiff => ({
  org: { id: '00D5g0000000001AAA', name: 'Acme_Billing' },
  inputKind: 'snapshot',
  old: { path: '/tmp/a.json', capturedAt: '2026-11-28T01:00:00.000Z' },
  new: { path: '/tmp/b.json', capturedAt: '2026-11-29T01:00:00.000Z' },
  sections: [
    { id: 'licences', title: 'Package licences', changes: changed ? [{ kind: 'removed', subject: 'ben@acme.example' }] : [] },
    { id: 'tab-settings', title: 'Tab settings', changes: [] },
    {
      id: 'rules',
      title: 'Rule status',
      changes: changed ? [{ kind: 'changed', subject: 'license/assigned', before: 'pass', after: 'fail' }] : [],
    },
  ],
});

describe('diff renderers', () => {
  it('terminal: a header, then only the sections with changes', () => {
    expect(diffRenderers.terminal(diff(true))).toBe(
      [
        'Acme_Billing (00D5g0000000001AAA): 2026-11-28T01:00:00.000Z → 2026-11-29T01:00:00.000Z',
        '2 changes:',
        '',
        'Package licences:',
        '  - ben@acme.example',
        '',
        'Rule status:',
        '  ~ license/assigned: pass → fail',
        '',
      ].join('\n'),
    );
    expect(diffRenderers.terminal(diff(false))).toContain('\nNo changes.\n');
  });

  it('markdown: a heading, one list per section with changes, Markdown characters escaped', () => {
    const text = diffRenderers.markdown(diff(true));
    expect(text).toContain('## What changed in Acme\\_Billing (00D5g0000000001AAA)');
    expect(text).toContain('### Package licences\n\n- removed: ben@acme.example\n');
    expect(text).toContain('- changed: license/assigned: pass → fail');
    expect(text).not.toContain('Tab settings');
    expect(diffRenderers.markdown(diff(false))).toContain('no changes.');
  });

  it('json: every section, also the empty ones, and the number of changes', () => {
    const json = JSON.parse(diffRenderers.json(diff(true)));
    expect(diffSchemaProblems(json)).toEqual([]);
    expect(diffSchemaProblems(JSON.parse(diffRenderers.json(diff(false))))).toEqual([]);
    expect(json).toMatchObject({ format: 'juston-audit.diff/v1', changes: 2, org: { id: '00D5g0000000001AAA' } });
    expect(json.sections.map((s: { id: string }) => s.id)).toEqual(['licences', 'tab-settings', 'rules']);
  });
});
