import { keyedChanges } from './keyed-changes.js';
import type { DiffSection } from './types.js';

/** A rule's id and status, from an audit result or a JSON report. */
export interface RuleStatus {
  ruleId: string;
  status: string;
}

/** Rules whose status changed, and rules only one side evaluated. */
export const ruleStatusSection = (before: readonly RuleStatus[], after: readonly RuleStatus[]): DiffSection => ({
  id: 'rules',
  title: 'Rule status',
  changes: keyedChanges(new Map(before.map((r) => [r.ruleId, r.status])), new Map(after.map((r) => [r.ruleId, r.status]))),
});
