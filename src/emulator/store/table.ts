import { idKey } from './ids.js';
import type { Row } from './row.js';

interface Entry { seq: number; row: Row }

/**
 * The rows of one sObject, keyed by Id, with a hash index per reference field so that
 * `ParentId = …`, `Id IN (…)` and semi-joins never scan the table.
 */
export class Table {
  private entries = new Map<string, Entry>();
  private readonly indexes = new Map<string, Map<string, Set<string>>>();
  private seq = 0;
  private orderDirty = false;

  constructor(readonly name: string, indexedFields: string[]) {
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
      for (const id of ids) { const r = this.get(id); if (r) out.push(r); }
      return out;
    }
    const index = this.indexes.get(field);
    if (!index) throw new Error(`no index on ${this.name}.${field}`);
    const seen = new Set<string>();
    for (const id of ids) {
      for (const key of index.get(idKey(id)) ?? []) {
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(this.entries.get(key)!.row);
      }
    }
    return out.length > 1 ? this.inOrder(out) : out;
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
    this.entries.set(key, { seq: s, row });
    for (const [f, index] of this.indexes) this.indexAdd(index, row[f], key);
    return s;
  }

  /** Removes the row and returns its position, for undo. */
  remove(id: string): number | undefined {
    const key = idKey(id);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    for (const [f, index] of this.indexes) this.indexRemove(index, entry.row[f], key);
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
      if (index) { this.indexRemove(index, entry.row[f], key); this.indexAdd(index, v, key); }
      entry.row[f] = v;
    }
  }

  private inOrder(rows: Row[]): Row[] {
    const seqOf = (r: Row) => this.entries.get(idKey(r.Id as string))!.seq;
    return rows.sort((a, b) => seqOf(a) - seqOf(b));
  }

  private indexAdd(index: Map<string, Set<string>>, value: unknown, key: string): void {
    if (typeof value !== 'string') return;
    const k = idKey(value);
    let set = index.get(k);
    if (!set) index.set(k, (set = new Set()));
    set.add(key);
  }

  private indexRemove(index: Map<string, Set<string>>, value: unknown, key: string): void {
    if (typeof value !== 'string') return;
    const set = index.get(idKey(value));
    set?.delete(key);
    if (set && set.size === 0) index.delete(idKey(value));
  }
}
