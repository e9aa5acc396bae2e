import { SalesforceApiError } from '../api-error.js';
import type { FieldDef } from '../schema/types.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A datetime as Salesforce writes it: `2026-11-20T09:30:00.000+0000`. */
export function formatDatetime(d: Date): string {
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:` +
    `${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}+0000`
  );
}

/** Parses Salesforce datetimes too (`+0000` has no colon, which Date accepts on Node). */
export function parseDatetime(s: string): Date | null {
  const fixed = /[+-]\d{4}$/.test(s) ? `${s.slice(0, -2)}:${s.slice(-2)}` : s;
  const d = new Date(fixed);
  return Number.isNaN(d.getTime()) ? null : d;
}

function refuse(f: FieldDef, value: unknown): never {
  // REST's answer to a JSON value of the wrong kind [community]
  throw new SalesforceApiError(
    'JSON_PARSER_ERROR',
    `Cannot deserialize instance of ${f.type} from value ${JSON.stringify(value)} or request may be missing a required field`,
  );
}

/** Turns a value from a write request into the stored (wire) form for the field's type. */
export function coerce(f: FieldDef, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (f.type) {
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      return refuse(f, value);
    case 'int':
    case 'double':
    case 'currency':
    case 'percent': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (Number.isNaN(n) || (f.type === 'int' && !Number.isInteger(n))) return refuse(f, value);
      return n;
    }
    case 'date': {
      const d = typeof value === 'string' ? parseDatetime(value) : null;
      return d ? d.toISOString().slice(0, 10) : refuse(f, value);
    }
    case 'datetime': {
      const d = typeof value === 'string' ? parseDatetime(value) : null;
      return d ? formatDatetime(d) : refuse(f, value);
    }
    case 'complexvalue':
    case 'anyType':
      return structuredClone(value);
    default:
      return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : refuse(f, value);
  }
}
