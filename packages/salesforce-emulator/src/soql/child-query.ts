import type { Subquery } from '@jetstreamapp/soql-parser-js';
import type { WireRecord } from '../org-data.js';
import type { ObjectDef } from '../schema/types.js';
import type { Row } from '../store/row.js';
import { compileWhere } from './condition.js';
import type { QueryContext } from './context.js';
import { malformed, unknownChildRelationship } from './errors.js';
import { compileOrder } from './order.js';
import { compileProjection } from './projection.js';
import { hasSemiJoin } from './semi-join.js';
import { whereTree } from './where-tree.js';

export interface ChildQuery {
  relationshipName: string;
  /** `{totalSize, done, records}` for one parent row, or null when it has no matching children. */
  run(parent: Row): { totalSize: number; done: true; records: WireRecord[] } | null;
}

/** A parent-to-child subquery: children read through the index on their reference field. */
export function compileChildQuery(ctx: QueryContext, parent: ObjectDef, sub: Subquery): ChildQuery {
  const rel = ctx.catalog.childRelationship(parent, sub.relationshipName);
  const def = rel && ctx.catalog.object(rel.childSObject);
  if (!rel || !def) throw unknownChildRelationship(sub.relationshipName);
  const tree = sub.where ? whereTree(sub.where) : undefined;
  if (tree && hasSemiJoin(tree)) throw malformed('Semi join sub-selects are not allowed in a child relationship subquery');
  const predicate = tree ? compileWhere(ctx, def, tree) : () => true;
  const order = compileOrder(ctx, def, sub.orderBy);
  const project = compileProjection(ctx, def, sub.fields ?? []);
  const table = ctx.store.table(def);
  return {
    relationshipName: rel.relationshipName,
    run(row) {
      const id = row.Id as string;
      const own = table.hasIndex(rel.field) ? table.lookup(rel.field, [id]) : table.scan().filter((c) => c[rel.field] === id);
      let rows = own.filter(predicate);
      if (order) rows = [...rows].sort(order);
      if (sub.offset) rows = rows.slice(sub.offset);
      if (sub.limit !== undefined) rows = rows.slice(0, sub.limit);
      return rows.length === 0 ? null : { totalSize: rows.length, done: true, records: rows.map(project) };
    },
  };
}
