import type { Status } from '../engine/types.js';
import { STATUS_LABEL, STATUS_MARK, STATUS_ORDER } from './levels.js';
import type { AuditRun } from './types.js';
import { orgLabel, unionRuleIds } from './view.js';
import { padEnd, wrap } from './wrap.js';

/** A rule's status per run: undefined when the rule was off for that org, 'error' when the run failed. */
export type Cell = Status | 'off' | 'error';

export interface Matrix {
  ruleIds: string[];
  cells: Cell[][];
}

export function buildMatrix(runs: readonly AuditRun[]): Matrix {
  const ruleIds = unionRuleIds(runs);
  const cells = ruleIds.map((id) =>
    runs.map((run): Cell => {
      if (run.error) return 'error';
      return run.result.results.find((r) => r.ruleId === id)?.status ?? 'off';
    }),
  );
  return { ruleIds, cells };
}

export const CELL_MARK: Record<Cell, string> = { ...STATUS_MARK, off: '·', error: '!' };

export const matrixLegend = (): string =>
  [...STATUS_ORDER.map((s) => `${STATUS_MARK[s]} ${STATUS_LABEL[s]}`), '· rule off', '! audit failed'].join(', ');

/** Plain-text rules × orgs matrix; orgs are numbered columns (legend below), split into blocks that fit the width. */
export function matrixLines(runs: readonly AuditRun[], width: number): string[] {
  const { ruleIds, cells } = buildMatrix(runs);
  const label = Math.max(...ruleIds.map((id) => id.length), 4) + 2;
  const col = Math.max(4, String(runs.length).length + 3);
  const perBlock = Math.max(1, Math.floor((width - label) / col));
  const lines: string[] = [];
  for (let start = 0; start < runs.length; start += perBlock) {
    const cols = runs.slice(start, start + perBlock).map((_, i) => start + i);
    if (start > 0) lines.push('');
    lines.push(
      ' '.repeat(label) +
        cols
          .map((i) => `[${i + 1}]`.padEnd(col))
          .join('')
          .trimEnd(),
    );
    ruleIds.forEach((id, row) => {
      lines.push((id.padEnd(label) + cols.map((i) => padEnd(` ${CELL_MARK[cells[row][i]]}`, col)).join('')).trimEnd());
    });
  }
  lines.push('');
  runs.forEach((run, i) => {
    const text = `[${i + 1}] ${orgLabel(run)}${run.error ? ': audit failed' : `: score ${run.result.summary.score}`}`;
    lines.push(...wrap(text, width, '', '    '));
  });
  return lines;
}
