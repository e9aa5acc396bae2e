import type { FieldDef, ObjectDef } from '../schema/types.js';
import type { Row } from '../store/row.js';
import { filterPath, operands, type Cond } from './condition.js';
import type { QueryContext } from './context.js';
import { filterRows } from './filter-rows.js';
import { semiJoinKeys } from './semi-join.js';
import type { BoolExpr } from './where-tree.js';

type ParsedCond = Extract<BoolExpr, { kind: 'cond' }>['cond'];

/** Id keys a conjunct pins its field to (`X = id`, `X IN (ids)`, `X IN (SELECT …)`, `X.Field = v`), or null. */
function pinnedKeys(ctx: QueryContext, def: ObjectDef, raw: ParsedCond, alias?: string): { field: string; keys: Iterable<string> } | null {
  const cond = raw as Cond;
  const op = cond.operator.toUpperCase();
  const path = filterPath(ctx, def, cond, alias);
  // A yes/no field of the parent (Assignee.IsActive) picks about half the parents: no use as an index.
  if (path.hops.length > 0) return path.field.type === 'boolean' ? null : parentKeys(ctx, def, raw, path.hops[0], alias);
  if (op !== '=' && op !== 'IN') return null;
  const f = path.field;
  if ((f.type !== 'id' && f.type !== 'reference') || !ctx.store.table(def).hasIndex(f.name)) return null;
  if (cond.valueQuery) return { field: f.name, keys: semiJoinKeys(ctx, def, path, cond.valueQuery) };
  const keys: string[] = [];
  for (const o of operands(path, cond)) if ('value' in o && typeof o.value === 'string') keys.push(o.value);
  return { field: f.name, keys };
}

/** `=`, `IN` or `LIKE` with literal operands, none of them null: a row whose value is null never matches. */
function excludesNull(cond: Cond): boolean {
  const op = cond.operator.toUpperCase();
  const types = [cond.literalType ?? []].flat();
  return (op === '=' || op === 'IN' || op === 'LIKE') && !cond.valueQuery && !types.some((t) => t.toUpperCase() === 'NULL');
}

/**
 * `Ref.Field = v` (or deeper, `Ref.Parent.Field`) through an indexed reference `Ref` to one sObject: the
 * Ids of the parent rows where `Field = v` holds, found with the parent's own indexes or a scan of the
 * smaller parent table, pin `Ref`. Only for conditions a null value fails, since a row whose `Ref` is null
 * reads every parent field as null.
 */
function parentKeys(
  ctx: QueryContext,
  def: ObjectDef,
  raw: ParsedCond,
  ref: FieldDef,
  alias?: string,
): { field: string; keys: string[] } | null {
  const cond = raw as Cond;
  const parent = ref.referenceTo.length === 1 ? ctx.catalog.object(ref.referenceTo[0]) : undefined;
  if (!parent || !excludesNull(cond) || !ctx.store.table(def).hasIndex(ref.name)) return null;
  const parts = cond.field!.split('.');
  if (alias && parts[0].toLowerCase() === alias.toLowerCase()) parts.shift();
  const rest: BoolExpr = { kind: 'cond', cond: { ...raw, field: parts.slice(1).join('.') } };
  const rows = filterRows({ ...ctx, stats: { index: null, rowsExamined: 0 } }, parent, rest);
  return { field: ref.name, keys: rows.map((row) => row.Id as string) };
}

const keyCount = (keys: Iterable<string>): number =>
  Array.isArray(keys) ? keys.length : keys instanceof Set ? keys.size : [...keys].length;

/**
 * Rows that can match `tree`, read from the smallest index among its top-level AND conjuncts,
 * so Id and reference filters, semi-joins and filters on a parent's fields never scan the table.
 * Null when no index applies. Conjuncts are looked up fewest keys first; one with more keys than the
 * best so far has rows is not looked up (a rough bound: it would most likely find more).
 */
export function indexedCandidates(
  ctx: QueryContext,
  def: ObjectDef,
  tree: BoolExpr,
  alias?: string,
): { index: string; rows: Row[] } | null {
  const conjuncts = tree.kind === 'and' ? tree.items : [tree];
  const pinned = conjuncts
    .flatMap((c) => (c.kind === 'cond' ? [pinnedKeys(ctx, def, c.cond, alias)] : []))
    .filter((p) => p !== null)
    .map((p) => ({ ...p, count: keyCount(p.keys) }))
    .sort((a, b) => a.count - b.count);
  let best: { index: string; rows: Row[] } | null = null;
  for (const p of pinned) {
    if (best && p.count > best.rows.length) break;
    const rows = ctx.store.table(def).lookup(p.field, p.keys);
    if (!best || rows.length < best.rows.length) best = { index: p.field, rows };
  }
  return best;
}
