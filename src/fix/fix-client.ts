import type { Connection } from 'jsforce';
import { normaliseMetadata } from '../collect/normalise-metadata.js';

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

interface QueryPage { totalSize: number; done: boolean; nextRecordsUrl?: string; records: Array<Record<string, unknown>> }

/** A write that hangs longer than this fails (and is undone) instead of waiting jsforce's 30-minute default. */
const REQUEST_TIMEOUT_MS = 120_000;

/** At most 5 query or collection subrequests per composite request [jsforce-wire.md §5]. */
export const MAX_HEAVY_SUBREQUESTS = 5;
export const MAX_SUBREQUESTS = 25;

/**
 * The fixer's one door to the org: composite requests, query pages and Metadata API calls over the
 * caller's jsforce Connection, counting reads and writes as Salesforce counts API calls. No retries:
 * a write must never be sent twice behind our back.
 */
export class FixClient {
  reads = 0;
  writes = 0;

  constructor(readonly connection: Connection) {}

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
      const responses = await this.composite(chunk.map(([name, q]) => ({ method: 'GET', referenceId: name, url: `${this.base}/query?q=${encodeURIComponent(q)}` })), false, 'read');
      for (const r of responses) {
        if (r.httpStatusCode !== 200) throw Object.assign(new Error(`re-reading ${r.referenceId} failed: ${errorText(r.body)}`), { body: r.body });
        const page = r.body as QueryPage;
        out.set(r.referenceId, [...page.records, ...(await this.morePages(page))].map(stripAttributes));
      }
    }));
    return out;
  }

  async composite(subrequests: Subrequest[], allOrNone: boolean, kind: 'read' | 'write'): Promise<SubResponse[]> {
    if (kind === 'read') this.reads += 1;
    else this.writes += 1;
    const body = JSON.stringify({ allOrNone, compositeRequest: subrequests });
    const response = await this.connection.request<{ compositeResponse: SubResponse[] }>(
      { method: 'POST', url: `${this.base}/composite`, body, headers: { 'content-type': 'application/json' } },
      { retry: { maxRetries: 0 }, timeout: REQUEST_TIMEOUT_MS },
    );
    return response.compositeResponse;
  }

  async readMetadata(type: string, fullName: string): Promise<Record<string, unknown> | undefined> {
    this.reads += 1;
    const read = await this.connection.metadata.read(type as 'MobileSettings', fullName);
    return normaliseMetadata(read as unknown as Record<string, unknown>);
  }

  async updateMetadata(type: string, component: Record<string, unknown>): Promise<{ success: boolean; error?: string }> {
    this.writes += 1;
    const result = await this.connection.metadata.update(type as 'MobileSettings', component as never);
    const first = (Array.isArray(result) ? result[0] : result) as { success: boolean | string; errors?: unknown };
    const ok = first.success === true || first.success === 'true';
    return ok ? { success: true } : { success: false, error: errorText(first.errors) };
  }

  private async morePages(page: QueryPage): Promise<Array<Record<string, unknown>>> {
    const rows: Array<Record<string, unknown>> = [];
    let next = page.done ? undefined : page.nextRecordsUrl;
    while (next) {
      this.reads += 1;
      const p: QueryPage = await this.connection.request<QueryPage>({ method: 'GET', url: next }, { retry: { maxRetries: 0 }, timeout: REQUEST_TIMEOUT_MS });
      rows.push(...p.records);
      next = p.done ? undefined : p.nextRecordsUrl;
    }
    return rows;
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
