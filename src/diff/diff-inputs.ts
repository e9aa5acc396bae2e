import { UsageError } from '../errors.js';
import { diffReports } from './diff-reports.js';
import { diffSnapshots } from './diff-snapshots.js';
import type { DiffInput } from './load-diff-input.js';
import type { OrgDiff } from './types.js';

const describeOrg = (input: DiffInput): string => `${input.org.name ?? 'an org'} (${input.org.id})`;

/** What changed from OLD to NEW: two snapshots or two JSON reports of the same org; anything else is a usage error. */
export function diffInputs(old: DiffInput, now: DiffInput): OrgDiff {
  if (old.org.id !== now.org.id) {
    throw new UsageError(
      `diff: ${old.path} is of ${describeOrg(old)} but ${now.path} is of ${describeOrg(now)}; compare two audits of the same org`,
    );
  }
  const sides = { old: { path: old.path, capturedAt: old.capturedAt }, new: { path: now.path, capturedAt: now.capturedAt } };
  const org = now.org;
  if (old.kind === 'snapshot' && now.kind === 'snapshot') {
    return { org, inputKind: 'snapshot', ...sides, sections: diffSnapshots(old.snapshot, now.snapshot) };
  }
  if (old.kind === 'report' && now.kind === 'report')
    return { org, inputKind: 'report', ...sides, sections: diffReports(old.run, now.run) };
  throw new UsageError(`diff: ${old.path} is a ${old.kind} but ${now.path} is a ${now.kind}; compare two snapshots or two JSON reports`);
}
