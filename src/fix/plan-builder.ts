import type { Finding } from '../engine/types.js';
import type { ManualFix, PlannedChange, Refusal } from './types.js';

export type ChangeDraft = Omit<PlannedChange, 'id' | 'dependsOn' | 'ruleIds' | 'fingerprints'> & { dependsOn?: string[] };

/** Collects the changes of one plan: ids in order, one change per target and operation (later requests merge into it). */
export class PlanBuilder {
  readonly changes: PlannedChange[] = [];
  readonly manual: ManualFix[] = [];
  readonly refusals: Refusal[] = [];
  private readonly byKey = new Map<string, PlannedChange>();

  /** Adds (or merges into) the change for `key`; returns its id. */
  add(key: string, draft: ChangeDraft, findings: readonly Finding[]): string {
    let change = this.byKey.get(key);
    if (!change) {
      change = { id: `c${this.changes.length + 1}`, ruleIds: [], fingerprints: [], ...draft, dependsOn: draft.dependsOn ?? [] };
      this.changes.push(change);
      this.byKey.set(key, change);
    }
    this.credit(change.id, findings);
    return change.id;
  }

  /** Records that the change repairs these findings. */
  credit(changeId: string, findings: readonly Finding[]): void {
    const change = this.changes.find((c) => c.id === changeId)!;
    for (const f of findings) {
      if (!change.ruleIds.includes(f.ruleId)) change.ruleIds.push(f.ruleId);
      if (!change.fingerprints.includes(f.fingerprint)) change.fingerprints.push(f.fingerprint);
    }
  }

  refuse(ruleId: string, reason: string, findings: readonly Finding[]): void {
    this.refusals.push({ ruleId, reason, fingerprints: findings.map((f) => f.fingerprint) });
  }
}
