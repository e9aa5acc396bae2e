import type { Connection } from 'jsforce';
import { MAX_HEAVY_SUBREQUESTS } from '../collect/composite-batches.js';
import { normaliseMetadata } from '../collect/normalise-metadata.js';
import { OrgClient } from '../collect/org-client.js';
import { fetchRemainingPages, type QueryPage } from '../collect/query-pages.js';

export interface Subrequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  referenceId: string;
  body?: unknown;
}

export interface SubResponse {
  referenceId: string;
  httpStatusCode: number;
  body: unknown;
}

/** A write that hangs longer than this fails (and is undone) instead of waiting jsforce's 30-minute default. */
const WRITE_TIMEOUT_MS = 120_000;

/**
 * The fixer's door to the org. Reads (re-reading targets, Metadata) go through the collector's OrgClient,
 * with its retries; writes go out once, never retried: a write must never be sent twice behind our back.
 * Calls are counted as Salesforce counts them.
 */
export class FixClient {
  writes = 0;
  private readonly reader: OrgClient;

  constructor(readonly connection: Connection) {
    this.reader = new OrgClient(connection);
  }

  get reads(): number {
    return this.reader.apiCalls;
  }

  get base(): string {
    return `/services/data/v${this.connection.version}`;
  }

  /** Runs queries (by name) in composite requests sent together, then follows any further pages. */
  async queries(soql: Record<string, string>): Promise<Map<string, Array<Record<string, unknown>>>> {
    const entries = Object.entries(soql);
    const chunks: Array<typeof entries> = [];
    for (let i = 0; i < entries.length; i += MAX_HEAVY_SUBREQUESTS) chunks.push(entries.slice(i, i + MAX_HEAVY_SUBREQUESTS));
    const out = new Map<string, Array<Record<string, unknown>>>();
    await Promise.all(chunks.map(async (chunk) => {
      const compositeRequest = chunk.map(([name, q]) => ({ method: 'GET', referenceId: name, url: `${this.base}/query?q=${encodeURIComponent(q)}` }));
      const { compositeResponse } = await this.reader.post<{ compositeResponse: SubResponse[] }>('/composite', { allOrNone: false, compositeRequest });
      for (const r of compositeResponse) {
        if (r.httpStatusCode !== 200) throw Object.assign(new Error(`re-reading ${r.referenceId} failed: ${errorText(r.body)}`), { body: r.body });
        const page = r.body as QueryPage;
        out.set(r.referenceId, [...page.records, ...(await fetchRemainingPages(this.reader, page, () => {}))].map(stripAttributes));
      }
    }));
    return out;
  }

  /** One composite write request, sent once. */
  async composite(subrequests: Subrequest[], allOrNone: boolean): Promise<SubResponse[]> {
    this.writes += 1;
    const body = JSON.stringify({ allOrNone, compositeRequest: subrequests });
    const response = await this.connection.request<{ compositeResponse: SubResponse[] }>(
      { method: 'POST', url: `${this.base}/composite`, body, headers: { 'content-type': 'application/json' } },
      { retry: { maxRetries: 0 }, timeout: WRITE_TIMEOUT_MS },
    );
    return response.compositeResponse;
  }

  async readMetadata(type: string, fullName: string): Promise<Record<string, unknown> | undefined> {
    return normaliseMetadata(await this.reader.readMetadata(type, fullName));
  }

  async updateMetadata(type: string, component: Record<string, unknown>): Promise<{ success: boolean; error?: string }> {
    this.writes += 1;
    const result = await this.connection.metadata.update(type as 'MobileSettings', component as never);
    const first = (Array.isArray(result) ? result[0] : result) as { success: boolean | string; errors?: unknown };
    const ok = first.success === true || first.success === 'true';
    return ok ? { success: true } : { success: false, error: errorText(first.errors) };
  }
}

function stripAttributes(row: Record<string, unknown>): Record<string, unknown> {
  const { attributes: _ignored, ...rest } = row;
  return rest;
}

/** `CODE: message` from any Salesforce error shape (REST errorCode, collections statusCode, SOAP). */
export function errorText(body: unknown): string {
  const list = Array.isArray(body) ? body : body ? [body] : [];
  const parts = list.map((e) => {
    const x = e as { errorCode?: string; statusCode?: string; message?: string };
    return `${x.errorCode ?? x.statusCode ?? 'ERROR'}: ${x.message ?? JSON.stringify(e)}`;
  });
  return parts.join('; ') || 'unknown error';
}
