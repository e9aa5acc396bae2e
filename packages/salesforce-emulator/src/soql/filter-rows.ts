import type { ObjectDef } from '../schema/types.js';
import type { Row } from '../store/row.js';
import { compileWhere } from './condition.js';
import type { QueryContext } from './context.js';
import { indexedCandidates } from './candidates.js';
import type { BoolExpr } from './where-tree.js';

/** The rows of `def` matching `tree`: candidates from an index when a conjunct allows it, else a scan. */
export function filterRows(ctx: QueryContext, def: ObjectDef, tree: BoolExpr | undefined, alias?: string): Row[] {
  const table = ctx.store.table(def);
  if (!tree) {
    const all = table.scan();
    ctx.stats.rowsExamined += all.length;
    return all;
  }
  const predicate = compileWhere(ctx, def, tree, alias);
  const picked = indexedCandidates(ctx, def, tree, alias);
  ctx.stats.index = picked?.index ?? null;
  const rows = picked?.rows ?? table.scan();
  ctx.stats.rowsExamined += rows.length;
  return rows.filter(predicate);
}
