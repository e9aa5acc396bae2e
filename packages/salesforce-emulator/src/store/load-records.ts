import type { SObjectRecord, Snapshot } from '@juston-audit/org-snapshot';
import type { ApiSurface } from '../org-data.js';
import { Catalog } from '../schema/catalog.js';
import { objectFromDescribe } from '../schema/from-describe.js';
import { standardObjects } from '../schema/index.js';
import { inferField, inferObject } from '../schema/infer-object.js';
import type { FieldDef, ObjectDef } from '../schema/types.js';
import type { Row } from './row.js';
import type { DateShift } from './shift-dates.js';
import { Store } from './store.js';

/** Key prefixes for custom objects whose describe has none: a00, a01, … */
const customPrefix = (i: number) => `a${i.toString(36).padStart(2, '0')}`;

function buildCatalog(snapshot: Snapshot): Catalog {
  const catalog = new Catalog(structuredClone(standardObjects as ObjectDef[]));
  Object.values(snapshot.describe).forEach((d, i) => {
    if (!catalog.object(d.name)) catalog.add(objectFromDescribe(d, customPrefix(i)));
  });
  return catalog;
}

/** Snapshot column → stored field, or null for columns that are not fields (attributes, nested relationships). */
function columnMapper(catalog: Catalog, def: ObjectDef, rows: SObjectRecord[]): (key: string) => FieldDef | null {
  const seen = new Map<string, FieldDef | null>();
  return (key) => {
    let field = seen.get(key);
    if (field !== undefined) return field;
    if (key === 'attributes' || catalog.relationship(def, key) || catalog.childRelationship(def, key)) field = null;
    else {
      field = catalog.field(def, key) ?? null;
      if (!field) catalog.addField(def, (field = inferField(key, rows)));
    }
    seen.set(key, field);
    return field;
  };
}

/** Snapshot rows as stored rows: canonical field names, object values copied, dates moved when asked. */
function toRow(column: (key: string) => FieldDef | null, rec: SObjectRecord, shift?: DateShift): Row {
  const row: Row = {};
  for (const key in rec) {
    const field = column(key);
    if (field === null) continue;
    const value = rec[key];
    row[field.name] =
      value !== null && typeof value === 'object' ? structuredClone(value) : shift ? shift(field, value ?? null) : (value ?? null);
  }
  return row;
}

function loadRows(store: Store, catalog: Catalog, api: ApiSurface, byObject: Record<string, SObjectRecord[]>, shift?: DateShift): void {
  for (const [name, rows] of Object.entries(byObject)) {
    let def = catalog.object(name);
    if (!def) catalog.add((def = inferObject(name, rows, [api], customPrefix(900 + catalog.all().length))));
    if (!def.apis.includes(api)) def.apis.push(api);
    store.table(def);
    const column = columnMapper(catalog, def, rows);
    for (const rec of rows) {
      const row = toRow(column, rec, shift);
      if (typeof row.Id !== 'string') row.Id = store.ids.next(def.keyPrefix);
      if (store.get(def, row.Id as string)) continue;
      store.insert(def, row);
    }
  }
}

/** The live store for a snapshot. Snapshot data is trusted: no write rules run while loading. */
export function loadRecords(snapshot: Snapshot, shift?: DateShift): Store {
  const catalog = buildCatalog(snapshot);
  const store = new Store(catalog);
  loadRows(store, catalog, 'data', snapshot.records, shift);
  loadRows(store, catalog, 'tooling', snapshot.tooling, shift);
  return store;
}
