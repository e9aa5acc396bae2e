import { esc } from './html-escape.js';
import { orgAnchor, ruleAnchor } from './html-anchors.js';
import { STATUS_LABEL } from './levels.js';
import { buildMatrix, CELL_MARK, type Cell } from './matrix.js';
import type { AuditRun } from './types.js';

const CELL_LABEL: Record<Cell, string> = { ...STATUS_LABEL, off: 'rule off', error: 'audit failed' };

/** A cell links to the org's block of that rule; a rule that is off has none, a failed audit only its org's section. */
function cell(value: Cell, orgIndex: number, ruleId: string): string {
  const text = `<span class="mark" aria-hidden="true">${CELL_MARK[value]}</span> ${CELL_LABEL[value]}`;
  const target = value === 'off' ? null : value === 'error' ? orgAnchor(orgIndex) : ruleAnchor(orgIndex, ruleId);
  return `<td class="status-${value}">${target ? `<a href="#${esc(target)}">${text}</a>` : text}</td>`;
}

const ruleTitle = (runs: readonly AuditRun[], ruleId: string): string =>
  runs.flatMap((run) => run.result.results).find((r) => r.ruleId === ruleId)?.title ?? '';

/** The rules × orgs table of a multi-org page: one row per rule, one column per org, each cell a status mark and its word. */
export function matrixTable(runs: readonly AuditRun[]): string {
  const { ruleIds, cells } = buildMatrix(runs);
  const heads = runs
    .map((run, i) => `<th scope="col"><a href="#${orgAnchor(i)}">${esc(run.org.name)}</a> <code>${esc(run.org.id)}</code></th>`)
    .join('');
  const rows = ruleIds
    .map(
      (id, row) =>
        `<tr><th scope="row"><code>${esc(id)}</code> ${esc(ruleTitle(runs, id))}</th>${cells[row].map((value, i) => cell(value, i, id)).join('')}</tr>`,
    )
    .join('');
  return (
    `<section class="matrix" id="matrix"><h2>Rules × orgs</h2>` +
    `<div class="table-wrap"><table><caption>Each rule's status in each org; a cell links to that org's rule</caption>` +
    `<thead><tr><th scope="col">Rule</th>${heads}</tr></thead><tbody>${rows}</tbody></table></div></section>`
  );
}
