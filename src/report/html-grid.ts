import type { Finding, RuleResult } from '../engine/types.js';
import type { Evidence, ResourceRef } from '../rules/types.js';
import type { GridCell, PageData } from './html-findings.js';
import { esc } from './html-escape.js';
import type { AuditRun } from './types.js';

/** The requirements a JustOn user must meet, one column each, by the rule that checks it. */
const REQUIREMENTS: ReadonlyArray<[ruleId: string, label: string]> = [
  ['access/balance-object', 'Balance object'],
  ['access/balance-fields', 'Balance fields'],
  ['access/balance-tab', 'Balance tab'],
  ['access/task-type-field', 'Task.Type'],
  ['license/assigned', 'Licence'],
  ['connected-app/users-authorized', 'App authorization'],
  ['access/shipped-permission-sets', 'Shipped permission set'],
];

const userKey = (resource: { type: string; id?: string; name: string }): string | null =>
  resource.type === 'User' ? (resource.id ?? resource.name) : null;

/** A requirement rule's findings and evidence by user key (a 20,000-user org must not be searched per cell). */
interface Column {
  rule: RuleResult;
  findings: Map<string, Finding>;
  evidence: Map<string, Evidence>;
}

function byUser<T extends { resource: ResourceRef }>(items: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items ?? []) {
    const key = userKey(item.resource);
    if (key && !map.has(key)) map.set(key, item);
  }
  return map;
}

function cell(data: PageData, column: Column | undefined, key: string): GridCell {
  if (!column) return ['not-applicable'];
  const { rule } = column;
  const finding = column.findings.get(key);
  const at = finding ? data.locate(finding) : null;
  if (at !== null) return at;
  const evidence = column.evidence.get(key);
  if (evidence) return ['p', data.string(evidence.detail)];
  if (finding || rule.status === 'pass' || rule.status === 'fail') return ['p'];
  return rule.reason ? [rule.status, data.string(rule.reason)] : [rule.status];
}

/**
 * One row per JustOn user (every user the requirement rules name, failing or passing), one column per
 * requirement; the rows are rendered a page at a time by the page's script. Empty when no rule names a user.
 */
export function userGrid(run: AuditRun, data: PageData, level: number): string {
  const columns = REQUIREMENTS.map(([id]): Column | undefined => {
    const rule = run.result.results.find((r) => r.ruleId === id);
    return rule && { rule, findings: byUser(rule.findings), evidence: byUser(rule.evidence) };
  });
  const users = new Map<string, string>();
  for (const column of columns)
    for (const { resource } of [...(column?.findings.values() ?? []), ...(column?.evidence.values() ?? [])]) {
      const key = userKey(resource)!;
      if (!users.has(key)) users.set(key, resource.name);
    }
  if (users.size === 0) return '';
  const index = data.addGrid({
    columns: REQUIREMENTS.map(([, label]) => label),
    rows: [...users].map(([key, name]) => [name, ...columns.map((column) => cell(data, column, key))]),
  });
  const headers = ['User', ...REQUIREMENTS.map(([, label]) => label)]
    .map((label, i) => `<th scope="col" aria-sort="none"><button type="button" data-sort="${i}">${esc(label)}</button></th>`)
    .join('');
  return (
    `<section class="grid" data-grid="${index}"><h${level}>Users × requirements</h${level}>` +
    `<p>One row per JustOn user: ✔ meets the requirement (and the grant that gives it), ✖ what is missing.</p>` +
    `<div class="table-wrap"><table><caption>JustOn users and what each one lacks</caption><thead><tr>${headers}</tr></thead><tbody></tbody></table></div>` +
    `<div class="pager"><button type="button" class="prev">Previous users</button> <span class="page" aria-live="polite"></span> <button type="button" class="next">Next users</button></div></section>`
  );
}
