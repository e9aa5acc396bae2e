import { SalesforceApiError } from '../../api-error.js';
import { parseLocator } from '../../paging/locator.js';
import { effectivePageSize, firstPage, pageAt } from '../../paging/query-page.js';
import type { ServerWork } from '../../http/server-time.js';
import type { WireRecord } from '../../org-data.js';
import type { RestCall, RestResult } from './rest-call.js';

export function queryRows(call: RestCall): RestResult {
  return runQuery(call, false);
}

export function queryAllRows(call: RestCall): RestResult {
  return runQuery(call, true);
}

function runQuery(call: RestCall, includeDeleted: boolean): RestResult {
  const soql = call.query.get('q');
  if (!soql) throw new SalesforceApiError('MALFORMED_QUERY', 'A query string has to be specified', 400);
  // `sf data query` asks again with columns=true for the column metadata it lays out its table with
  if (call.query.get('columns') === 'true') return { status: 200, body: call.ctx.org.queryColumns(soql, { api: call.api }) };
  const result = call.ctx.org.query(soql, { api: call.api, includeDeleted, apiVersion: call.version });
  const pageSize = effectivePageSize(call.headers['sforce-query-options'], call.ctx.settings.pageSize);
  const page = firstPage(call.ctx.cursors, result, pageSize, call);
  countRows(call.work, call.ctx.org.lastQueryStats.rowsExamined, page);
  return { status: 200, body: page };
}

/** `query/<locator>`: any offset inside a live cursor, in any order. */
export function queryMore(call: RestCall, [locator]: string[]): RestResult {
  const parsed = parseLocator(locator ?? '');
  const cursor = parsed && call.ctx.cursors.get(parsed.cursorId);
  if (!parsed || !cursor || parsed.offset >= cursor.records.length) {
    throw new SalesforceApiError('INVALID_QUERY_LOCATOR', 'invalid query locator', 400);
  }
  const page = pageAt(cursor, parsed.offset, call);
  countRows(call.work, 0, page);
  return { status: 200, body: page };
}

/** Rows examined (the first page's query; later pages only read the cursor) plus the page's rows, child rows included. */
function countRows(work: ServerWork, examined: number, page: Record<string, unknown>): void {
  work.rows += examined + rowsIn(page.records as WireRecord[]);
}

function rowsIn(records: readonly WireRecord[]): number {
  let rows = records.length;
  for (const record of records) {
    for (const value of Object.values(record)) {
      const children = (value as { records?: unknown } | null)?.records;
      if (Array.isArray(children)) rows += rowsIn(children as WireRecord[]);
    }
  }
  return rows;
}
