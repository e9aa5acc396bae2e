import type { FieldDef } from '../schema/types.js';
import { formatDatetime, parseDatetime } from './coerce.js';

const DAY = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const utcDay = (ms: number) => Math.floor(ms / DAY);

/** Moves one date or datetime value; anything else is returned as it is. */
export type DateShift = (field: FieldDef, value: unknown) => unknown;

/**
 * Serving a snapshot "as of" a later time: every date and datetime value moves forward by the whole UTC
 * days between the snapshot's capture and `to`, so what was yesterday, last week or next month at the
 * capture still is when the org is served. Whole days keep calendar-day arithmetic (SOQL's LAST_N_DAYS,
 * "expires in N days") exactly as it was; the time of day stays. Null when there is nothing to move.
 */
export function dateShift(capturedAt: string, to: Date): { capturedAt: string; shift: DateShift } | null {
  const captured = parseDatetime(capturedAt);
  if (!captured) return null;
  const days = utcDay(to.getTime()) - utcDay(captured.getTime());
  if (days === 0) return null;
  const shift: DateShift = (field, value) => {
    if ((field.type !== 'date' && field.type !== 'datetime') || typeof value !== 'string') return value;
    const at = parseDatetime(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
    if (!at) return value;
    const moved = new Date(at.getTime() + days * DAY);
    // The value keeps its form: a plain date, an ISO `…Z` datetime or Salesforce's `…+0000`.
    if (DATE_ONLY.test(value)) return moved.toISOString().slice(0, 10);
    return value.endsWith('Z') ? moved.toISOString() : formatDatetime(moved);
  };
  return { capturedAt: new Date(captured.getTime() + days * DAY).toISOString(), shift };
}
