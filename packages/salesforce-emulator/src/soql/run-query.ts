import { SalesforceApiError } from '../api-error.js';
import type { QueryResult } from '../org-data.js';
import { hasAggregates, runAggregate } from './aggregate.js';
import type { QueryContext } from './context.js';
import { malformed, unknownObject } from './errors.js';
import { filterRows } from './filter-rows.js';
import { compileOrder } from './order.js';
import { parseSoql } from './parse.js';
import { compileProjection } from './projection.js';
import { checkMetadataRowLimit, checkObjectRestrictions } from './restrictions.js';
import { checkSemiJoinPlacement } from './semi-join.js';
import { whereTree } from './where-tree.js';

/** Runs one SOQL statement against the store and returns every matching row (no paging). */
export function runQuery(ctx: QueryContext, soql: string): QueryResult {
  const q = parseSoql(soql);
  if (!q.sObject) throw malformed('unexpected token: FROM');
  const def = ctx.catalog.object(q.sObject, ctx.api);
  if (!def) throw unknownObject(q.sObject);
  if (q.groupBy || q.having) throw malformed('The emulator does not support GROUP BY or HAVING');
  if (q.offset !== undefined && q.offset > 2000) {
    throw new SalesforceApiError('NUMBER_OUTSIDE_VALID_RANGE', 'Maximum SOQL offset allowed is 2000');
  }
  const alias = q.sObjectAlias;
  const items = q.fields ?? [];
  const tree = q.where ? whereTree(q.where) : undefined;
  if (tree) checkSemiJoinPlacement(tree);
  checkObjectRestrictions(def, tree);

  const aggregate = hasAggregates(items);
  const project = aggregate ? null : compileProjection(ctx, def, items, alias);
  const order = compileOrder(ctx, def, q.orderBy, alias);
  let rows = filterRows(ctx, def, tree, alias);
  if (order) rows = [...rows].sort(order);
  // COUNT() counts at most LIMIT rows; COUNT(field) returns one row, which LIMIT does not cut
  const countOnly = aggregate && items.length === 1 && 'parameters' in items[0] && items[0].parameters.length === 0;
  if (!aggregate || countOnly) {
    if (q.offset) rows = rows.slice(q.offset);
    if (q.limit !== undefined) rows = rows.slice(0, q.limit);
  }
  if (aggregate) return runAggregate(ctx, def, items, rows, alias);
  checkMetadataRowLimit(def, items, rows.length);
  const records = rows.map(project!);
  return { totalSize: records.length, records };
}
