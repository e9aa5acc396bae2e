import { compositeBatches } from './composite-limits.js';
import type { OrgClient } from './org-client.js';
import { fetchRemainingPages, type QueryPage } from './query-pages.js';
import { describeSalesforceError } from './salesforce-error.js';

type Row = Record<string, unknown>;

/**
 * Runs queries (by name) in composite requests sent together, then follows any further pages; rows come
 * without `attributes`. A query the org refuses fails the whole call, naming the query.
 */
export async function runNamedQueries(client: OrgClient, soql: Record<string, string>): Promise<Map<string, Row[]>> {
  const out = new Map<string, Row[]>();
  await Promise.all(
    compositeBatches(Object.entries(soql), () => true).map(async (batch) => {
      const compositeRequest = batch.map(([name, q]) => ({
        method: 'GET',
        referenceId: name,
        url: `${client.dataPath}/query?q=${encodeURIComponent(q)}`,
      }));
      const { compositeResponse } = await client.post<{
        compositeResponse: Array<{ referenceId: string; httpStatusCode: number; body: unknown }>;
      }>('/composite', { allOrNone: false, compositeRequest });
      for (const r of compositeResponse) {
        if (r.httpStatusCode !== 200)
          throw Object.assign(new Error(`re-reading ${r.referenceId} failed: ${describeSalesforceError(r.body)}`), { body: r.body });
        const page = r.body as QueryPage;
        out.set(r.referenceId, [...page.records, ...(await fetchRemainingPages(client, page, () => {}))].map(withoutAttributes));
      }
    }),
  );
  return out;
}

function withoutAttributes(row: Row): Row {
  const { attributes: _ignored, ...rest } = row;
  return rest;
}
