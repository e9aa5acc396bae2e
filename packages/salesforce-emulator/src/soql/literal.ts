import type { FieldDef } from '../schema/types.js';
import { parseDatetime } from '../store/coerce.js';
import { looksLikeId } from '../store/ids.js';
import { badFilter, malformed } from './errors.js';

/** A WHERE operand: a plain value, or a half-open time range for date literals like TODAY. */
export type Operand = { value: unknown } | { range: [number, number] };

const DAY = 86_400_000;
const startOfToday = () => {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  return d.getTime();
};

function dateLiteral(raw: string): [number, number] {
  const [name, nText] = raw.toUpperCase().split(':');
  const n = Number(nText ?? 0);
  const t = startOfToday();
  switch (name) {
    case 'TODAY':
      return [t, t + DAY];
    case 'YESTERDAY':
      return [t - DAY, t];
    case 'TOMORROW':
      return [t + DAY, t + 2 * DAY];
    case 'LAST_N_DAYS':
      return [t - n * DAY, t + DAY];
    case 'NEXT_N_DAYS':
      return [t + DAY, t + (n + 1) * DAY];
    case 'N_DAYS_AGO':
      return [t - n * DAY, t - (n - 1) * DAY];
    default:
      throw malformed(`The emulator does not support the date literal ${raw}`);
  }
}

const TYPE_NAMES: Record<string, string> = {
  boolean: 'boolean',
  int: 'integer',
  double: 'double',
  currency: 'currency',
  percent: 'double',
  date: 'date',
  datetime: 'dateTime',
};
const wrongType = (f: FieldDef) => {
  const kind = TYPE_NAMES[f.type] ?? 'string';
  const quotes = kind === 'string' ? 'should be enclosed in quotes' : 'should not be enclosed in quotes';
  return badFilter(`value of filter criterion for field '${f.name}' must be of type ${kind} and ${quotes}`);
};

/** Converts one parser literal to a typed operand for `f`, refusing type mismatches as Salesforce does. */
export function toOperand(f: FieldDef, raw: string, literalType: string | undefined): Operand {
  if (literalType === 'NULL') return { value: null };
  if (literalType === 'DATE_LITERAL' || literalType === 'DATE_N_LITERAL') {
    if (f.type !== 'date' && f.type !== 'datetime') throw wrongType(f);
    return { range: dateLiteral(raw) };
  }
  switch (f.type) {
    case 'boolean':
      if (literalType !== 'BOOLEAN') throw wrongType(f);
      return { value: raw.toUpperCase() === 'TRUE' };
    case 'int':
    case 'double':
    case 'currency':
    case 'percent':
      if (literalType !== 'INTEGER' && literalType !== 'DECIMAL') throw wrongType(f);
      return { value: Number(raw) };
    case 'date':
      if (literalType !== 'DATE') throw wrongType(f);
      return { value: raw };
    case 'datetime': {
      if (literalType !== 'DATETIME') throw wrongType(f);
      return { value: parseDatetime(raw)?.getTime() ?? null };
    }
    default: {
      if (literalType !== 'STRING') throw wrongType(f);
      const value = raw.slice(1, -1).replace(/\\(.)/g, '$1');
      if ((f.type === 'id' || f.type === 'reference') && !looksLikeId(value)) {
        throw badFilter(`invalid ID field: ${value}`);
      }
      return { value };
    }
  }
}
