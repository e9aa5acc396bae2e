import type { ObjectDef } from '../schema/types.js';
import type { Row } from '../store/row.js';
import { filterPath, operands, type Cond } from './condition.js';
import type { QueryContext } from './context.js';
import { semiJoinKeys } from './semi-join.js';
import type { BoolExpr } from './where-tree.js';

/** Id keys a conjunct pins its field to (`X = id`, `X IN (ids)`, `X IN (SELECT …)`), or null. */
function pinnedKeys(ctx: QueryContext, def: ObjectDef, cond: Cond, alias?: string): { field: string; keys: Iterable<string> } | null {
  const op = cond.operator.toUpperCase();
  if (op !== '=' && op !== 'IN') return null;
  const path = filterPath(ctx, def, cond, alias);
  const f = path.field;
  if (path.hops.length > 0 || (f.type !== 'id' && f.type !== 'reference')) return null;
  if (!ctx.store.table(def).hasIndex(f.name)) return null;
  if (cond.valueQuery) return { field: f.name, keys: semiJoinKeys(ctx, def, path, cond.valueQuery) };
  const keys: string[] = [];
  for (const o of operands(path, cond)) if ('value' in o && typeof o.value === 'string') keys.push(o.value);
  return { field: f.name, keys };
}

/**
 * Rows that can match `tree`, read from the smallest index among its top-level AND conjuncts,
 * so Id and reference filters and semi-joins never scan the table. Null when no index applies.
 */
export function indexedCandidates(
  ctx: QueryContext,
  def: ObjectDef,
  tree: BoolExpr,
  alias?: string,
): { index: string; rows: Row[] } | null {
  const conjuncts = tree.kind === 'and' ? tree.items : [tree];
  let best: { index: string; rows: Row[] } | null = null;
  for (const c of conjuncts) {
    if (c.kind !== 'cond') continue;
    const pinned = pinnedKeys(ctx, def, c.cond as Cond, alias);
    if (!pinned) continue;
    const rows = ctx.store.table(def).lookup(pinned.field, pinned.keys);
    if (!best || rows.length < best.rows.length) best = { index: pinned.field, rows };
  }
  return best;
}
