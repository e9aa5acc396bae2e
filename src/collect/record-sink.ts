import type { SObjectRecord } from '@juston-audit/org-snapshot';
import { fieldNames, isReadSObject } from '../snapshot/sobject-fields.js';
import { CHILD_RELATIONSHIPS } from './degrade/child-relationships.js';

type WireValue = Record<string, unknown> & { attributes?: { type?: string } };

function isRelationship(value: unknown): value is WireValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'attributes' in value;
}

function isChildResult(value: unknown): value is { records: WireValue[] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { records?: unknown }).records);
}

const selected = new Map<string, readonly string[] | undefined>();

/** The fields the collector selects of a type it reads, in its field table's order; undefined for others (every scalar is kept). */
function selectedFields(type: string): readonly string[] | undefined {
  if (!selected.has(type)) selected.set(type, isReadSObject(type) ? fieldNames(type) : undefined);
  return selected.get(type);
}

/** How a child subquery's rows refer to the parent row they come with. */
function parentOf(relationship: string, parent: WireValue): { field: string; id: unknown } | undefined {
  return Object.hasOwn(CHILD_RELATIONSHIPS, relationship) ? { field: CHILD_RELATIONSHIPS[relationship].field, id: parent.Id } : undefined;
}

/**
 * A constructor of plain records, one per sObject type. V8 gives `{}` four fields in the object and puts
 * further ones in an array of their own; objects made by a constructor get room for as many fields as its
 * first instances were given (slack tracking), about 25 bytes less per record. The prototype stays
 * Object.prototype, so the records are plain objects.
 */
type RecordConstructor = new () => SObjectRecord;
const constructors = new Map<string, RecordConstructor>();

function newRecord(type: string): SObjectRecord {
  let make = constructors.get(type);
  if (!make) {
    const Record = function (this: SObjectRecord) {} as unknown as RecordConstructor;
    Record.prototype = Object.prototype;
    constructors.set(type, (make = Record));
  }
  return new make();
}

/** A reference field (`AssigneeId`, `PermissionSetId` …): its values repeat from record to record. */
const isReference = (field: string): boolean => field !== 'Id' && field.endsWith('Id');

/**
 * One string object per distinct reference value. JSON parsing gives every row strings of its own, so
 * 60,000 assignments would otherwise hold 60,000 copies of three permission set Ids.
 */
class StringPool {
  private readonly strings = new Map<string, string>();

  one(value: string): string {
    const held = this.strings.get(value);
    if (held !== undefined) return held;
    this.strings.set(value, value);
    return value;
  }
}

/** Flattened records of one page, in order, not yet in any sink: `types[i]` is the type of `records[i]`. */
export interface FlatPage {
  types: string[];
  records: SObjectRecord[];
}

/**
 * Collects wire records into snapshot records: `attributes` dropped, parent relationships and child
 * subquery rows split out into records of their own type, the same Id merged once. Records are kept in
 * lists and merged when sorted (a Map per type would cost more than the 100,000 records it indexes).
 */
export class RecordSink {
  private readonly byType = new Map<string, SObjectRecord[]>();

  private readonly pool = new StringPool();

  /** Makes sure a type appears in the snapshot, even with no rows: "read and empty" is not "not read". */
  declare(type: string): void {
    if (!this.byType.has(type)) this.byType.set(type, []);
  }

  add(records: WireValue[], type?: string): void {
    this.takeIn(this.flatten(records, type));
  }

  /** The records of a page, flattened but not yet taken in (a read takes in its pages once all came). */
  flatten(records: WireValue[], type?: string): FlatPage {
    const page: FlatPage = { types: [], records: [] };
    for (const record of records) this.flattenOne(record, type, page);
    return page;
  }

  /** Takes in a flattened page, as `add` would have taken in its wire records. */
  takeIn(page: FlatPage): void {
    page.records.forEach((record, i) => {
      this.declare(page.types[i]);
      this.byType.get(page.types[i])!.push(record);
    });
  }

  /** `parent`: the reference to the parent row of a child subquery row, which the subquery leaves out. */
  private flattenOne(wire: WireValue, fallbackType: string | undefined, page: FlatPage, parent?: { field: string; id: unknown }): void {
    const type = wire.attributes?.type ?? fallbackType;
    if (!type) return;
    const flat = newRecord(type);
    // Only the fields the collector selects, in its field table's order: a null relationship or empty child
    // result reads as null on the wire and must not become a field of the record.
    const wanted = selectedFields(type);
    for (const field of wanted ?? []) {
      if (field in wire && !isRelationship(wire[field]) && !isChildResult(wire[field])) this.put(flat, field, wire[field]);
      else if (field === parent?.field) this.put(flat, field, parent.id);
    }
    for (const field in wire) {
      if (field === 'attributes') continue;
      const value = wire[field];
      if (isRelationship(value)) this.flattenOne(value, undefined, page);
      else if (isChildResult(value)) {
        const parentRef = parentOf(field, wire);
        for (const row of value.records) this.flattenOne(row, undefined, page, parentRef);
      } else if (!wanted && (typeof value !== 'object' || value === null)) this.put(flat, field, value);
    }
    if (typeof flat.Id !== 'string') return;
    page.types.push(type);
    page.records.push(flat);
  }

  private put(flat: SObjectRecord, field: string, value: unknown): void {
    flat[field] = typeof value === 'string' && isReference(field) ? this.pool.one(value) : value;
  }

  /**
   * Records by type, each list sorted by Id so saved snapshots are stable; the same Id read twice (a parent
   * of many rows) is one record, its fields merged in the order read (the sort is stable).
   */
  toRecords(): Record<string, SObjectRecord[]> {
    const out: Record<string, SObjectRecord[]> = {};
    for (const type of [...this.byType.keys()].sort()) {
      const sorted = this.byType.get(type)!.sort((a, b) => (a.Id! < b.Id! ? -1 : a.Id! > b.Id! ? 1 : 0));
      const merged: SObjectRecord[] = [];
      for (const record of sorted) {
        const last = merged.at(-1);
        if (last?.Id === record.Id) merged[merged.length - 1] = { ...last, ...record };
        else merged.push(record);
      }
      out[type] = merged;
    }
    return out;
  }
}
