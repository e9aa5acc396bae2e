import type { SObjectRecord } from '@juston-audit/org-snapshot';
import { fieldNames, isReadSObject } from '../snapshot/sobject-fields.js';

type WireValue = Record<string, unknown> & { attributes?: { type?: string } };

function isRelationship(value: unknown): value is WireValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'attributes' in value;
}

function isChildResult(value: unknown): value is { records: WireValue[] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { records?: unknown }).records);
}

const selected = new Map<string, ReadonlySet<string> | undefined>();

/** The fields the collector selects of a type it reads; undefined for others (every scalar is kept). */
function selectedFields(type: string): ReadonlySet<string> | undefined {
  if (!selected.has(type)) selected.set(type, isReadSObject(type) ? new Set(fieldNames(type)) : undefined);
  return selected.get(type);
}

/**
 * One string object per distinct value. Every row of a page is parsed into strings of its own, so 60,000
 * assignments would otherwise hold 60,000 copies of three permission set Ids, and each user's Id again.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();

  one(value: string): string {
    const held = this.strings.get(value);
    if (held !== undefined) return held;
    this.strings.set(value, value);
    return value;
  }
}

/**
 * Collects wire records into snapshot records: `attributes` dropped, parent relationships and child
 * subquery rows split out into records of their own type, the same Id merged once. Sinks sharing a pool
 * share their strings.
 */
export class RecordSink {
  private readonly byType = new Map<string, Map<string, SObjectRecord>>();

  constructor(private readonly pool = new StringPool()) {}

  /** Makes sure a type appears in the snapshot, even with no rows: "read and empty" is not "not read". */
  declare(type: string): void {
    if (!this.byType.has(type)) this.byType.set(type, new Map());
  }

  add(records: WireValue[], type?: string): this {
    for (const record of records) this.addOne(record, type);
    return this;
  }

  /** Takes in another sink's records, as if they had been added here in the same order. */
  merge(other: RecordSink): void {
    for (const [type, rows] of other.byType) {
      this.declare(type);
      for (const flat of rows.values()) this.put(type, flat);
    }
  }

  private addOne(wire: WireValue, fallbackType?: string): void {
    const type = wire.attributes?.type ?? fallbackType;
    if (!type) return;
    // Only the fields the collector selects: a null relationship or empty child result reads as null
    // on the wire and must not become a field of the record.
    const wanted = selectedFields(type);
    const flat: SObjectRecord = {};
    for (const field in wire) {
      if (field === 'attributes') continue;
      const value = wire[field];
      if (isRelationship(value)) this.addOne(value);
      else if (isChildResult(value)) this.add(value.records);
      else if (wanted ? wanted.has(field) : typeof value !== 'object' || value === null)
        flat[field] = typeof value === 'string' ? this.pool.one(value) : value;
    }
    if (typeof flat.Id !== 'string') return;
    this.declare(type);
    this.put(type, flat);
  }

  /** The same Id read twice (a parent of many rows) is one record. */
  private put(type: string, flat: SObjectRecord): void {
    const rows = this.byType.get(type)!;
    const existing = rows.get(flat.Id!);
    rows.set(flat.Id!, existing ? { ...existing, ...flat } : flat);
  }

  /** Records by type, each list sorted by Id so saved snapshots are stable. */
  toRecords(): Record<string, SObjectRecord[]> {
    const out: Record<string, SObjectRecord[]> = {};
    for (const type of [...this.byType.keys()].sort()) {
      out[type] = [...this.byType.get(type)!.values()].sort((a, b) => (a.Id! < b.Id! ? -1 : a.Id! > b.Id! ? 1 : 0));
    }
    return out;
  }
}
