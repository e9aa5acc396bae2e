import type { ApiSurface, QueryResult } from '../org-data.js';
import type { Cursor, CursorStore } from './cursor-store.js';
import { formatLocator } from './locator.js';

/** Where next pages are served: jsforce keeps only the locator and asks `${base}/query/<locator>`. */
export interface PageBase {
  api: ApiSurface;
  version: string;
}

/** Salesforce honours `Sforce-Query-Options: batchSize=N` within 200–2000; the server's page size caps it. */
export function effectivePageSize(queryOptions: string | undefined, serverPageSize: number): number {
  const m = /batchSize\s*=\s*(\d+)/i.exec(queryOptions ?? '');
  if (!m) return serverPageSize;
  const requested = Math.min(2000, Math.max(200, Number(m[1])));
  return Math.min(requested, serverPageSize);
}

/** First page of a query; opens a cursor only when more rows remain. */
export function firstPage(store: CursorStore, result: QueryResult, pageSize: number, base: PageBase): Record<string, unknown> {
  if (result.records.length <= pageSize) {
    return pageBody(base, result.records, result.totalSize, undefined);
  }
  const cursor = store.open(base.api, result.records, result.totalSize, pageSize);
  return pageAt(cursor, 0, base);
}

/** The page starting at `offset`; the caller has checked the offset is inside the result. */
export function pageAt(cursor: Cursor, offset: number, base: PageBase): Record<string, unknown> {
  const end = offset + cursor.pageSize;
  const records = cursor.records.slice(offset, end);
  const next = end < cursor.records.length ? formatLocator(cursor.id, end) : undefined;
  return pageBody(base, records, cursor.totalSize, next);
}

function pageBody(
  base: PageBase,
  records: QueryResult['records'],
  totalSize: number,
  nextLocator: string | undefined,
): Record<string, unknown> {
  const prefix = `/services/data/v${base.version}${base.api === 'tooling' ? '/tooling' : ''}`;
  const page: Record<string, unknown> = {};
  // The Tooling API adds size, queryLocator and entityTypeName (jsforce drops them).
  if (base.api === 'tooling') {
    page.size = totalSize;
  }
  page.totalSize = totalSize;
  page.done = nextLocator === undefined;
  if (base.api === 'tooling') {
    page.queryLocator = nextLocator ?? null;
    page.entityTypeName = records[0]?.attributes.type ?? null;
  }
  if (nextLocator !== undefined) page.nextRecordsUrl = `${prefix}/query/${nextLocator}`;
  page.records = records;
  return page;
}
