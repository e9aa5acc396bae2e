import { idKey } from './ids.js';
import type { Row } from './row.js';

interface Entry {
  seq: number;
  row: Row;
}

/**
 * The rows of one sObject, keyed by Id, with a hash index per reference field so that
 * `ParentId = …`, `Id IN (…)` and semi-joins never scan the table.
 */
export class Table {
  private entries = new Map<string, Entry>();
  private readonly indexes = new Map<string, Map<string, Set<Entry>>>();
  private seq = 0;
  private orderDirty = false;

  constructor(
    readonly name: string,
    indexedFields: string[],
  ) {
    for (const f of indexedFields) this.indexes.set(f, new Map());
  }

  get size(): number {
    return this.entries.size;
  }

  get(id: string): Row | undefined {
    return this.entries.get(idKey(id))?.row;
  }

  hasIndex(field: string): boolean {
    return field === 'Id' || this.indexes.has(field);
  }

  /** Rows whose reference field equals one of `ids` (15 or 18 characters). */
  lookup(field: string, ids: Iterable<string>): Row[] {
    const out: Row[] = [];
    if (field === 'Id') {
      for (const id of ids) {
        const r = this.get(id);
        if (r) out.push(r);
      }
      return out;
    }
    const index = this.indexes.get(field);
    if (!index) throw new Error(`no index on ${this.name}.${field}`);
    const found = new Set<Entry>();
    for (const id of ids) for (const e of index.get(idKey(id)) ?? []) found.add(e);
    const sorted = [...found];
    if (sorted.length > 1) sorted.sort((a, b) => a.seq - b.seq);
    for (const e of sorted) out.push(e.row);
    return out;
  }

  /** Rows in insertion order (a rolled-back delete gets its old place back). */
  scan(): Row[] {
    if (this.orderDirty) {
      this.entries = new Map([...this.entries].sort((a, b) => a[1].seq - b[1].seq));
      this.orderDirty = false;
    }
    return [...this.entries.values()].map((e) => e.row);
  }

  insert(row: Row, seq?: number): number {
    const key = idKey(row.Id as string);
    const s = seq ?? ++this.seq;
    if (seq !== undefined) this.orderDirty = true;
    const entry = { seq: s, row };
    this.entries.set(key, entry);
    for (const [f, index] of this.indexes) this.indexAdd(index, row[f], entry);
    return s;
  }

  /** Removes the row and returns its position, for undo. */
  remove(id: string): number | undefined {
    const key = idKey(id);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    for (const [f, index] of this.indexes) this.indexRemove(index, entry.row[f], entry);
    this.entries.delete(key);
    return entry.seq;
  }

  /** Sets fields in place, keeping the indexes in step. */
  set(id: string, patch: Row): void {
    const key = idKey(id);
    const entry = this.entries.get(key);
    if (!entry) return;
    for (const [f, v] of Object.entries(patch)) {
      const index = this.indexes.get(f);
      if (index) {
        this.indexRemove(index, entry.row[f], entry);
        this.indexAdd(index, v, entry);
      }
      entry.row[f] = v;
    }
  }

  private indexAdd(index: Map<string, Set<Entry>>, value: unknown, entry: Entry): void {
    if (typeof value !== 'string') return;
    const k = idKey(value);
    let set = index.get(k);
    if (!set) index.set(k, (set = new Set()));
    set.add(entry);
  }

  private indexRemove(index: Map<string, Set<Entry>>, value: unknown, entry: Entry): void {
    if (typeof value !== 'string') return;
    const set = index.get(idKey(value));
    set?.delete(entry);
    if (set && set.size === 0) index.delete(idKey(value));
  }
}
