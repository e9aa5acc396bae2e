import type { FieldFunctionExpression, FieldType as SelectItem } from '@jetstreamapp/soql-parser-js';
import type { QueryResult } from '../org-data.js';
import type { ObjectDef } from '../schema/types.js';
import type { Row } from '../store/row.js';
import type { QueryContext } from './context.js';
import { malformed } from './errors.js';
import { readPath, resolvePath } from './path.js';

const isAggregate = (i: SelectItem): i is FieldFunctionExpression => i.type === 'FieldFunctionExpression' && i.isAggregateFn === true;

export function hasAggregates(items: SelectItem[]): boolean {
  return items.some(isAggregate);
}

/**
 * COUNT() gives totalSize and no records; COUNT(field) gives one AggregateResult row with the
 * count of non-null values under its alias or expr0, expr1, … Other aggregates and GROUP BY
 * are not emulated.
 */
export function runAggregate(ctx: QueryContext, def: ObjectDef, items: SelectItem[], rows: Row[], alias?: string): QueryResult {
  const plain = items.find((i) => !isAggregate(i));
  if (plain) throw malformed(`Field must be grouped or aggregated: ${'field' in plain ? String(plain.field) : plain.type}`);
  const aggs = items as FieldFunctionExpression[];
  if (aggs.some((a) => a.functionName.toUpperCase() !== 'COUNT')) throw malformed('The emulator supports only the COUNT aggregate');
  if (aggs.length === 1 && aggs[0].parameters.length === 0) return { totalSize: rows.length, records: [] };
  if (aggs.some((a) => a.parameters.length === 0)) throw malformed('COUNT() must be the only element in the SELECT list');
  const record: QueryResult['records'][number] = { attributes: { type: 'AggregateResult' } };
  let expr = 0;
  for (const a of aggs) {
    const path = resolvePath(ctx.catalog, def, String(a.parameters[0]), alias);
    const key = a.alias ?? `expr${expr++}`;
    record[key] = rows.filter((r) => readPath(ctx.store, r, path) !== null).length;
  }
  return { totalSize: 1, records: [record] };
}
