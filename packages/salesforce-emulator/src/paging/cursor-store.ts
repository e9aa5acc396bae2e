import type { ApiSurface, WireRecord } from '../org-data.js';
import { newCursorId } from './locator.js';

/** The full result of one query, held so that any page of it can be served later. */
export interface Cursor {
  id: string;
  api: ApiSurface;
  records: WireRecord[];
  totalSize: number;
  pageSize: number;
  lastUsed: number;
}

/** Salesforce deletes a query cursor after 15 minutes without use. */
export const DEFAULT_CURSOR_TTL_MS = 15 * 60 * 1000;

/**
 * Open query cursors. Any offset of a known cursor may be fetched in any order and more than once,
 * so clients that compute locators and fetch pages concurrently work.
 */
export class CursorStore {
  private readonly cursors = new Map<string, Cursor>();

  constructor(
    private readonly ttlMs = DEFAULT_CURSOR_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  open(api: ApiSurface, records: WireRecord[], totalSize: number, pageSize: number): Cursor {
    this.sweep();
    const cursor: Cursor = { id: newCursorId(), api, records, totalSize, pageSize, lastUsed: this.now() };
    this.cursors.set(cursor.id, cursor);
    return cursor;
  }

  get(id: string): Cursor | undefined {
    this.sweep();
    const cursor = this.cursors.get(id);
    if (cursor) cursor.lastUsed = this.now();
    return cursor;
  }

  get size(): number {
    return this.cursors.size;
  }

  private sweep(): void {
    const cutoff = this.now() - this.ttlMs;
    for (const [id, cursor] of this.cursors) {
      if (cursor.lastUsed < cutoff) this.cursors.delete(id);
    }
  }
}
