import { describe, expect, it } from 'vitest';
import { diffInputs } from '../../src/diff/diff-inputs.js';
import type { DiffInput } from '../../src/diff/load-diff-input.js';
import { UsageError } from '../../src/errors.js';
import { clean, misconfigured } from '../harness/snapshots.js';

const snapshotInput = (path: string, snapshot = clean()): DiffInput => {
  const org = snapshot.records.Organization![0]!;
  return { kind: 'snapshot', path, org: { id: String(org.Id), name: String(org.Name) }, capturedAt: snapshot.capturedAt, snapshot };
};

const reportInput = (path: string): DiffInput => ({
  kind: 'report',
  path,
  org: { id: '00D5g0000000001AAA', name: 'Acme Billing GmbH' },
  capturedAt: '2026-11-29T01:00:00.000Z',
  run: {
    org: { id: '00D5g0000000001AAA', name: 'Acme Billing GmbH' },
    capturedAt: '2026-11-29T01:00:00.000Z',
    package: { state: 'absent' },
    results: [{ ruleId: 'license/assigned', status: 'pass' }],
  },
});

describe('diffInputs', () => {
  it('refuses files of two different orgs, naming both', () => {
    expect(() => diffInputs(snapshotInput('a.json'), snapshotInput('b.json', misconfigured()))).toThrow(
      new UsageError(
        'diff: a.json is of Acme Billing GmbH (00D5g0000000001AAA) but b.json is of Nordwind Handel GmbH (Full Sandbox) (00D5g0000000002AAA); compare two audits of the same org',
      ),
    );
  });

  it('refuses a snapshot against a report', () => {
    expect(() => diffInputs(snapshotInput('a.json'), reportInput('b.json'))).toThrow(
      /a\.json is a snapshot but b\.json is a report; compare two snapshots or two JSON reports/,
    );
  });

  it('two reports: the package and rule status only', () => {
    const before = reportInput('a.json');
    const after = reportInput('b.json');
    if (after.kind === 'report') after.run = { ...after.run, results: [{ ruleId: 'license/assigned', status: 'fail' }] };
    const diff = diffInputs(before, after);
    expect(diff.inputKind).toBe('report');
    expect(diff.sections).toEqual([
      { id: 'package', title: 'JustOn package', changes: [] },
      { id: 'rules', title: 'Rule status', changes: [{ kind: 'changed', subject: 'license/assigned', before: 'pass', after: 'fail' }] },
    ]);
  });
});
