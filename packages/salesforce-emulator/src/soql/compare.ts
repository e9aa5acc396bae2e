import type { FieldDef } from '../schema/types.js';
import { parseDatetime } from '../store/coerce.js';
import { idKey } from '../store/ids.js';

/** A stored value in a form that compares as SOQL compares it (case-insensitive text, Id identity, epoch time). */
export function comparable(f: FieldDef, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  switch (f.type) {
    case 'id':
    case 'reference':
      return typeof v === 'string' ? idKey(v) : v;
    case 'datetime':
      return typeof v === 'string' ? (parseDatetime(v)?.getTime() ?? null) : v;
    case 'date':
      return typeof v === 'string' ? v.slice(0, 10) : v;
    case 'boolean':
    case 'int':
    case 'double':
    case 'currency':
    case 'percent':
      return v;
    default:
      return typeof v === 'string' ? v.toLowerCase() : v;
  }
}

/** Total order over comparable values of one field (nulls handled by the caller). */
export function compareComparable(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** SQL LIKE with % and _, backslash escapes, case-insensitive. */
export function likeMatcher(pattern: string): (v: string) => boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) re += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (c === '%') re += '.*';
    else if (c === '_') re += '.';
    else re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  const rx = new RegExp(`^${re}$`, 'is');
  return (v) => rx.test(v);
}
