import { referencedId } from '../org/index.js';
import { inWriteOrder } from './order.js';
import type { FixPlan, PlannedChange } from './types.js';

const SHOWN_PER_GROUP = 20;

/** A value of a change for people; a reference to a record the plan creates names that record. */
export function planValue(v: unknown, plan: FixPlan): string {
  if (v === null || v === undefined) return '(unset)';
  if (typeof v !== 'string') return JSON.stringify(v);
  const ref = referencedId(v);
  if (!ref) return v;
  const target = plan.changes.find((c) => c.id === ref);
  return `(the new ${target?.target.type ?? 'record'} ${target?.target.name ?? ''} of ${ref})`;
}

function describe(change: PlannedChange, plan: FixPlan): string[] {
  const target = `${change.target.type} ${change.target.name}${change.target.id ? ` (${change.target.id})` : ''}`;
  const lines = [
    `${change.id} ${change.summary}`,
    `    rules: ${change.ruleIds.join(', ')}; ${change.operation} ${change.sobject} on ${target}`,
  ];
  for (const [field, after] of Object.entries(change.after)) {
    const before = change.before === null ? '(none)' : planValue(change.before[field], plan);
    lines.push(`    ${field}: ${before} → ${planValue(after, plan)}`);
  }
  return lines;
}

/** The plan for people: the dry run and the confirmation prompt. Says PRODUCTION org when the org is not a sandbox. */
export function renderPlan(plan: FixPlan): string {
  const kind = plan.isSandbox === false ? 'PRODUCTION org' : plan.isSandbox ? 'sandbox' : 'org (sandbox or production: unknown)';
  const out = [`Fix plan for ${plan.orgName ?? 'org'} (${plan.orgId}), a ${kind}; audited ${plan.auditedAt}; fix type ${plan.fixType}.`];
  if (plan.isSandbox === false) out.push('This is a PRODUCTION org: the changes take effect for its users at once.');
  if (plan.changes.length === 0) out.push('', 'No automatic changes to make.');
  else {
    out.push('', `Changes (${plan.changes.length}), in write order; a journal is written first so they can be rolled back:`);
    const ordered = inWriteOrder(plan.changes);
    for (let i = 0; i < ordered.length;) {
      const group = `${ordered[i].operation} ${ordered[i].sobject}`;
      let j = i;
      while (j < ordered.length && `${ordered[j].operation} ${ordered[j].sobject}` === group) j += 1;
      for (const c of ordered.slice(i, Math.min(j, i + SHOWN_PER_GROUP))) out.push(...describe(c, plan).map((l) => `  ${l}`));
      if (j - i > SHOWN_PER_GROUP)
        out.push(`  … and ${j - i - SHOWN_PER_GROUP} more ${group} changes like these (--format json lists all).`);
      i = j;
    }
  }
  if (plan.manual.length) {
    out.push('', 'Manual steps (no API can do these):');
    for (const m of plan.manual) out.push(`  ${m.ruleId}: ${m.title} (${m.resource})`, ...m.steps.map((s, i) => `    ${i + 1}. ${s}`));
  }
  if (plan.refusals.length) {
    out.push('', 'Not fixed:');
    for (const r of plan.refusals) out.push(`  - ${r.ruleId}: ${r.reason}`);
  }
  return out.join('\n');
}
