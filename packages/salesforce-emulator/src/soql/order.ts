import type { OrderByClause } from '@jetstreamapp/soql-parser-js';
import { SalesforceApiError } from '../api-error.js';
import type { ObjectDef } from '../schema/types.js';
import type { Row } from '../store/row.js';
import { comparable, compareComparable } from './compare.js';
import type { QueryContext } from './context.js';
import { malformed } from './errors.js';
import { readPath, resolvePath } from './path.js';

/**
 * ORDER BY as a comparator. Text sorts case-insensitively; nulls come first in ascending and last
 * in descending order unless NULLS FIRST/LAST says otherwise (SOQL's defaults).
 */
export function compileOrder(
  ctx: QueryContext,
  def: ObjectDef,
  orderBy: OrderByClause | OrderByClause[] | undefined,
  alias?: string,
): ((a: Row, b: Row) => number) | null {
  const clauses = orderBy === undefined ? [] : Array.isArray(orderBy) ? orderBy : [orderBy];
  if (clauses.length === 0) return null;
  const keys = clauses.map((c) => {
    if (!('field' in c)) throw malformed('The emulator does not support functions in ORDER BY');
    const path = resolvePath(ctx.catalog, def, c.field, alias);
    if (!path.field.filterable)
      throw new SalesforceApiError('INVALID_FIELD', `field '${path.field.name}' can not be sorted in a query call`);
    const desc = c.order === 'DESC';
    // SOQL reference, ORDER BY: "By default, null values are sorted first" (in either direction).
    const nullsFirst = c.nulls ? c.nulls === 'FIRST' : true;
    return { read: (r: Row) => comparable(path.field, readPath(ctx.store, r, path)), desc, nullsFirst };
  });
  return (a, b) => {
    for (const k of keys) {
      const x = k.read(a);
      const y = k.read(b);
      if (x === null && y === null) continue;
      if (x === null) return k.nullsFirst ? -1 : 1;
      if (y === null) return k.nullsFirst ? 1 : -1;
      const c = compareComparable(x, y);
      if (c !== 0) return k.desc ? -c : c;
    }
    return 0;
  };
}
