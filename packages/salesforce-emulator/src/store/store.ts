import type { Catalog } from '../schema/catalog.js';
import type { ObjectDef } from '../schema/types.js';
import { IdGenerator, idKey } from './ids.js';
import type { Row } from './row.js';
import { Table } from './table.js';
import { UndoLog } from './undo-log.js';

/**
 * All records of the org, one Table per sObject, plus a global Id → sObject map.
 * Every change goes through insert/set/remove so that transaction() can undo it.
 */
export class Store {
  private readonly tables = new Map<string, Table>();
  private readonly owners = new Map<string, ObjectDef>();
  private readonly deleted = new Set<string>();
  private readonly undo = new UndoLog();
  readonly ids = new IdGenerator((key) => this.owners.has(key));

  constructor(readonly catalog: Catalog) {}

  table(def: ObjectDef): Table {
    let t = this.tables.get(def.name);
    if (!t) {
      const refs = def.fields.filter((f) => f.type === 'reference').map((f) => f.name);
      this.tables.set(def.name, (t = new Table(def.name, refs)));
    }
    return t;
  }

  /** The sObject name that holds this Id, whatever its key prefix. */
  ownerOf(id: string): string | undefined {
    return this.owners.get(idKey(id))?.name;
  }

  /** The record with this Id in whichever sObject holds it. */
  locate(id: string): { def: ObjectDef; row: Row } | null {
    const def = this.owners.get(idKey(id));
    const row = def && this.tables.get(def.name)?.get(id);
    return def && row ? { def, row } : null;
  }

  get(def: ObjectDef, id: string): Row | undefined {
    return this.tables.get(def.name)?.get(id);
  }

  insert(def: ObjectDef, row: Row, seq?: number): void {
    this.table(def).insert(row, seq);
    this.owners.set(idKey(row.Id as string), def);
    this.undo.record(() => this.removeUnlogged(def, row.Id as string));
  }

  set(def: ObjectDef, id: string, patch: Row): void {
    const row = this.get(def, id);
    if (!row) return;
    const before: Row = {};
    for (const k of Object.keys(patch)) before[k] = k in row ? row[k] : undefined;
    this.table(def).set(id, patch);
    this.undo.record(() => {
      this.table(def).set(id, before);
      for (const [k, v] of Object.entries(before)) if (v === undefined) delete row[k];
    });
  }

  remove(def: ObjectDef, id: string): void {
    const row = this.get(def, id);
    if (!row) return;
    const seq = this.removeUnlogged(def, id);
    this.undo.record(() => {
      this.table(def).insert(row, seq);
      this.owners.set(idKey(id), def);
    });
  }

  /** Remembers a deleted Id so later writes answer ENTITY_IS_DELETED rather than NOT_FOUND. */
  markDeleted(id: string): void {
    const key = idKey(id);
    this.deleted.add(key);
    this.undo.record(() => this.deleted.delete(key));
  }

  wasDeleted(id: string): boolean {
    return this.deleted.has(idKey(id));
  }

  /** Registers the inverse of a change made outside the tables (e.g. metadata), for rollback. */
  recordUndo(inverse: () => void): void {
    this.undo.record(inverse);
  }

  /** Every table, including empty ones, by sObject name. */
  allTables(): Table[] {
    return [...this.tables.values()];
  }

  /** Runs fn; if it throws, undoes everything it changed and rethrows. Nests. */
  transaction<T>(fn: () => T): T {
    return this.undo.run(fn);
  }

  private removeUnlogged(def: ObjectDef, id: string): number | undefined {
    this.owners.delete(idKey(id));
    return this.table(def).remove(id);
  }
}
