import type { Query } from '@jetstreamapp/soql-parser-js';
import type { ObjectDef } from '../schema/types.js';
import { comparable } from './compare.js';
import type { QueryContext } from './context.js';
import { badFilter, malformed, unknownObject } from './errors.js';
import { filterRows } from './filter-rows.js';
import { readPath, resolvePath, type FieldPath } from './path.js';
import { whereTree, type BoolExpr } from './where-tree.js';

const cache = new WeakMap<object, Set<string>>();

const isIdLike = (p: FieldPath) => p.field.type === 'id' || p.field.type === 'reference';

/**
 * The Id keys a semi-join sub-select yields. Restrictions follow the SOQL guide ("Semi-Join and
 * Anti-Join restrictions"); the exact messages and codes are [unverified] except the OR one.
 */
export function semiJoinKeys(ctx: QueryContext, outer: ObjectDef, outerPath: FieldPath, valueQuery: unknown): Set<string> {
  const q = valueQuery as Query;
  const hit = cache.get(q);
  if (hit) return hit;
  const def = ctx.catalog.object(q.sObject ?? '', ctx.api);
  if (!def) throw unknownObject(q.sObject ?? '');
  const fields = q.fields ?? [];
  if (fields.length !== 1 || (fields[0].type !== 'Field' && fields[0].type !== 'FieldRelationship')) {
    throw malformed('Semi join sub-selects can only select one field, an Id or a reference field');
  }
  const f = fields[0];
  const inner = resolvePath(ctx.catalog, def, f.type === 'Field' ? f.field : (f.rawValue ?? [...f.relationships, f.field].join('.')));
  if (!isIdLike(inner) || !isIdLike(outerPath)) {
    throw badFilter(
      `The selected field '${inner.text}' in the subquery and the left operand field in the where expression in the outer query '${outerPath.text}' should point to the same object type`,
    );
  }
  if (def.name === outer.name) throw badFilter('The inner and outer selects should not be on the same object type');
  let tree: BoolExpr | undefined;
  if (q.where) {
    tree = whereTree(q.where);
    if (hasSemiJoin(tree)) throw malformed('Nesting of semi join sub-selects is not supported');
  }
  const keys = new Set<string>();
  for (const row of filterRows({ ...ctx, stats: { index: null, rowsExamined: 0 } }, def, tree)) {
    const v = comparable(inner.field, readPath(ctx.store, row, inner));
    if (typeof v === 'string') keys.add(v);
  }
  cache.set(q, keys);
  return keys;
}

export function hasSemiJoin(tree: BoolExpr): boolean {
  if (tree.kind === 'cond') return Boolean((tree.cond as { valueQuery?: unknown }).valueQuery);
  if (tree.kind === 'not') return hasSemiJoin(tree.item);
  return tree.items.some(hasSemiJoin);
}

/** Checks the WHERE-level rules: no semi-join under OR, at most two semi-joins. */
export function checkSemiJoinPlacement(tree: BoolExpr): void {
  let count = 0;
  const walk = (t: BoolExpr, underOr: boolean): void => {
    if (t.kind === 'cond') {
      if (!(t.cond as { valueQuery?: unknown }).valueQuery) return;
      if (underOr) throw malformed("Semi join sub-selects are not allowed with the 'OR' operator");
      count += 1;
    } else if (t.kind === 'not') walk(t.item, underOr);
    else t.items.forEach((i) => walk(i, underOr || t.kind === 'or'));
  };
  walk(tree, false);
  if (count > 2) throw malformed('Maximum of 2 semi join sub-selects are allowed');
}
