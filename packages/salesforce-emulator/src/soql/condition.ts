import { SalesforceApiError } from '../api-error.js';
import type { ObjectDef } from '../schema/types.js';
import type { Row } from '../store/row.js';
import { comparable, compareComparable, likeMatcher } from './compare.js';
import type { QueryContext } from './context.js';
import { malformed } from './errors.js';
import { toOperand, type Operand } from './literal.js';
import { readPath, resolvePath, type FieldPath } from './path.js';
import { semiJoinKeys } from './semi-join.js';
import type { BoolExpr } from './where-tree.js';

export type Predicate = (row: Row) => boolean;

export interface Cond {
  field?: string;
  operator: string;
  value?: string | string[];
  literalType?: string | string[];
  valueQuery?: unknown;
}

/** Resolves a WHERE field; a field that is not filterable is INVALID_FIELD, as Salesforce answers. */
export function filterPath(ctx: QueryContext, def: ObjectDef, cond: Cond, alias?: string): FieldPath {
  if (!cond.field) throw malformed('The emulator does not support functions in WHERE');
  const path = resolvePath(ctx.catalog, def, cond.field, alias);
  if (!path.field.filterable) {
    throw new SalesforceApiError('INVALID_FIELD', `field '${path.field.name}' can not be filtered in a query call`);
  }
  return path;
}

/** Literal operands as comparable values (see compare.ts). */
export function operands(path: FieldPath, cond: Cond): Operand[] {
  const values = Array.isArray(cond.value) ? cond.value : [cond.value ?? ''];
  const types = Array.isArray(cond.literalType) ? cond.literalType : values.map(() => cond.literalType as string | undefined);
  return values.map((v, i) => {
    const o = toOperand(path.field, v, types[i]);
    return 'value' in o ? { value: comparable(path.field, o.value) } : o;
  });
}

const epoch = (v: unknown): number => (typeof v === 'number' ? v : Date.parse(`${String(v)}T00:00:00Z`));

function equalsOperand(o: Operand, v: unknown): boolean {
  if ('range' in o) return v !== null && epoch(v) >= o.range[0] && epoch(v) < o.range[1];
  return o.value === null ? v === null : v !== null && compareComparable(v, o.value) === 0;
}

function ordered(op: string, o: Operand): (v: unknown) => boolean {
  if ('range' in o) {
    const [s, e] = o.range;
    const tests: Record<string, (t: number) => boolean> = {
      '<': (t) => t < s,
      '<=': (t) => t < e,
      '>': (t) => t >= e,
      '>=': (t) => t >= s,
    };
    return (v) => v !== null && tests[op](epoch(v));
  }
  return (v) => {
    if (v === null || o.value === null) return false;
    const c = compareComparable(v, o.value);
    return op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0;
  };
}

function compileCond(ctx: QueryContext, def: ObjectDef, cond: Cond, alias?: string): Predicate {
  const path = filterPath(ctx, def, cond, alias);
  const read = (row: Row) => comparable(path.field, readPath(ctx.store, row, path));
  const op = cond.operator.toUpperCase();
  if (cond.valueQuery) {
    const keys = semiJoinKeys(ctx, def, path, cond.valueQuery);
    const inSet = (row: Row) => {
      const v = read(row);
      return typeof v === 'string' && keys.has(v);
    };
    return op === 'IN' ? inSet : (row) => !inSet(row);
  }
  if (op === 'LIKE') {
    const like = likeMatcher(String(cond.value).slice(1, -1));
    return (row) => {
      const v = readPath(ctx.store, row, path);
      return typeof v === 'string' && like(v);
    };
  }
  const ops = operands(path, cond);
  switch (op) {
    case '=':
      return (row) => equalsOperand(ops[0], read(row));
    case '!=':
      return (row) => !equalsOperand(ops[0], read(row));
    case 'IN':
      return (row) => {
        const v = read(row);
        return ops.some((o) => equalsOperand(o, v));
      };
    case 'NOT IN':
      return (row) => {
        const v = read(row);
        return !ops.some((o) => equalsOperand(o, v));
      };
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const test = ordered(op, ops[0]);
      return (row) => test(read(row));
    }
    default:
      throw malformed(`The emulator does not support the operator ${cond.operator}`);
  }
}

/** Compiles a WHERE tree into a row predicate. */
export function compileWhere(ctx: QueryContext, def: ObjectDef, tree: BoolExpr, alias?: string): Predicate {
  switch (tree.kind) {
    case 'and': {
      const ps = tree.items.map((t) => compileWhere(ctx, def, t, alias));
      return (r) => ps.every((p) => p(r));
    }
    case 'or': {
      const ps = tree.items.map((t) => compileWhere(ctx, def, t, alias));
      return (r) => ps.some((p) => p(r));
    }
    case 'not': {
      const p = compileWhere(ctx, def, tree.item, alias);
      return (r) => !p(r);
    }
    case 'cond':
      return compileCond(ctx, def, tree.cond as Cond, alias);
  }
}
