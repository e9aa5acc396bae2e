import type { SObjectRecord } from '@juston-audit/org-snapshot';
import type { ApiSurface } from '../org-data.js';
import { readOnly } from './field.js';
import type { FieldDef, FieldType } from './types.js';
import type { ObjectDef } from './types.js';

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/;

/** Guesses a field's type from a value in a snapshot row. */
function inferFieldType(name: string, value: unknown): FieldType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  if (value !== null && typeof value === 'object') return 'complexvalue';
  if (typeof value === 'string') {
    if (DATETIME.test(value)) return 'datetime';
    if (DATE.test(value)) return 'date';
    if (name.endsWith('Id') && ID.test(value)) return 'reference';
  }
  return 'string';
}

/** A read-only field for a snapshot column the schema does not list (so collected data stays queryable). */
export function inferField(name: string, rows: SObjectRecord[]): FieldDef {
  const sample = rows.find((r) => r[name] !== null && r[name] !== undefined)?.[name] ?? null;
  return readOnly(name, sample === null ? 'string' : inferFieldType(name, sample));
}

/** An ObjectDef for snapshot rows of an sObject the emulator has no schema for. Read-only. */
export function inferObject(name: string, rows: SObjectRecord[], apis: ApiSurface[], fallbackPrefix: string): ObjectDef {
  const names = new Set<string>(['Id']);
  for (const row of rows) for (const k of Object.keys(row)) names.add(k);
  const firstId = rows.find((r) => typeof r.Id === 'string')?.Id;
  return {
    name,
    label: name,
    keyPrefix: firstId ? firstId.slice(0, 3) : fallbackPrefix,
    apis,
    custom: name.endsWith('__c'),
    queryable: true,
    createable: false,
    updateable: false,
    deletable: false,
    fields: [...names].map((n) => (n === 'Id' ? readOnly('Id', 'id', { nillable: false }) : inferField(n, rows))),
    childRelationships: [],
  };
}
