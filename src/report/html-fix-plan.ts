import { inWriteOrder } from '../fix/order.js';
import { planValue } from '../fix/render.js';
import type { FixPlan, PlannedChange } from '../fix/types.js';
import { esc } from './html-escape.js';

/** Changes shown per operation and sObject; the JSON report lists every one (a plan for 20,000 users has 20,000). */
const SHOWN_PER_GROUP = 200;

const orgKind = (plan: FixPlan): string =>
  plan.isSandbox === false ? 'PRODUCTION org' : plan.isSandbox ? 'sandbox' : 'org (sandbox or production: unknown)';

function changeRow(change: PlannedChange, plan: FixPlan): string {
  const t = change.target;
  const values = Object.entries(change.after)
    .map(([field, after]) => {
      const before = change.before === null ? '(none)' : planValue(change.before[field], plan);
      return `<li><code>${esc(field)}</code>: ${esc(before)} → ${esc(planValue(after, plan))}</li>`;
    })
    .join('');
  return (
    `<tr><th scope="row"><code>${esc(change.id)}</code> ${esc(change.summary)}<br><span class="rules">${esc(change.ruleIds.join(', '))}</span></th>` +
    `<td>${esc(t.type)} ${esc(t.name)}${t.id ? ` <code>${esc(t.id)}</code>` : ''}</td>` +
    `<td><code>${esc(change.operation)}</code> ${esc(change.sobject)}</td><td><ul>${values}</ul></td></tr>`
  );
}

/** The changes in write order, one table per operation and sObject. */
function changeGroups(plan: FixPlan): string {
  const groups = new Map<string, PlannedChange[]>();
  for (const change of inWriteOrder(plan.changes)) {
    const key = `${change.operation} ${change.sobject}`;
    const group = groups.get(key);
    if (group) group.push(change);
    else groups.set(key, [change]);
  }
  return [...groups]
    .map(([key, changes]) => {
      const rest = changes.length - SHOWN_PER_GROUP;
      return (
        // Focusable, so a table wider than the page scrolls by keyboard too.
        `<details open><summary>${esc(key)} (${changes.length})</summary><div class="table-wrap" tabindex="0" role="region" aria-label="${esc(key)} changes"><table>` +
        `<thead><tr><th scope="col">Change</th><th scope="col">Target</th><th scope="col">Operation</th><th scope="col">Before → after</th></tr></thead>` +
        `<tbody>${changes
          .slice(0, SHOWN_PER_GROUP)
          .map((c) => changeRow(c, plan))
          .join('')}</tbody></table></div>` +
        (rest > 0 ? `<p>… and ${rest} more ${esc(key)} changes like these (the JSON report lists all).</p>` : '') +
        `</details>`
      );
    })
    .join('');
}

/** The --fix plan on the page: what would be written (before → after), the manual steps, and what is not fixed and why. */
export function fixPlanSection(plan: FixPlan): string {
  const production =
    plan.isSandbox === false
      ? `<p class="warning"><strong>This is a PRODUCTION org: the changes take effect for its users at once.</strong></p>`
      : '';
  const changes = plan.changes.length
    ? `<h3>Changes (${plan.changes.length}), in write order</h3><p>A journal is written first, so they can be rolled back.</p>${changeGroups(plan)}`
    : `<h3>Changes</h3><p>No automatic changes to make.</p>`;
  const manual = plan.manual.length
    ? `<h3>Manual steps (no API can do these)</h3>` +
      plan.manual
        .map(
          (m) =>
            `<p><strong>${esc(m.title)}</strong> <code>${esc(m.ruleId)}</code> (${esc(m.resource)})</p><ol>${m.steps.map((s) => `<li>${esc(s)}</li>`).join('')}</ol>`,
        )
        .join('')
    : '';
  const refusals = plan.refusals.length
    ? `<h3>Not fixed</h3><ul>${plan.refusals.map((r) => `<li><code>${esc(r.ruleId)}</code>: ${esc(r.reason)}</li>`).join('')}</ul>`
    : '';
  return (
    `<section class="fix-plan" id="fix-plan"><h2>Fix plan</h2>` +
    `<p class="meta">For ${esc(plan.orgName ?? 'org')} <code>${esc(plan.orgId)}</code>, a ${orgKind(plan)}; audited ${esc(plan.auditedAt)}; fix type ${esc(plan.fixType)}.</p>` +
    production +
    changes +
    manual +
    refusals +
    `</section>`
  );
}
