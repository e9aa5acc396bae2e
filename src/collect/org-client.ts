import type { Connection } from 'jsforce';
import { AuthError, CollectError } from '../errors.js';

/** A Salesforce error in one piece: `INVALID_FIELD: No such column …`. */
export function describeApiError(error: unknown): string {
  const e = error as { errorCode?: string; name?: string; message?: string };
  const code = e.errorCode ?? (e.name && e.name !== 'Error' ? e.name : undefined);
  const message = e.message ?? String(error);
  return code && !message.startsWith(code) ? `${code}: ${message}` : message;
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);

/**
 * The one door the audit uses to talk to an org: counts every API call as Salesforce counts it,
 * turns jsforce failures into our typed errors, and never retries on jsforce's 15-second schedule.
 */
export class OrgClient {
  apiCalls = 0;

  constructor(readonly connection: Connection) {}

  get instanceUrl(): string {
    return this.connection.instanceUrl;
  }

  async get<T>(url: string): Promise<T> {
    return this.call(() => this.connection.request<T>({ method: 'GET', url }, { retry: { maxRetries: 0 } }));
  }

  async post<T>(url: string, body: unknown): Promise<T> {
    const request = { method: 'POST' as const, url, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
    return this.call(() => this.connection.request<T>(request, { retry: { maxRetries: 0 } }));
  }

  async readMetadata(type: string, fullName: string): Promise<Record<string, unknown>> {
    return this.call(async () => (await this.connection.metadata.read(type as 'MobileSettings', fullName)) as unknown as Record<string, unknown>);
  }

  private async call<T>(send: () => PromiseLike<T>): Promise<T> {
    this.apiCalls += 1;
    try {
      return await send();
    } catch (error) {
      throw classifyFailure(error, this.instanceUrl);
    }
  }
}

/** Errors that end the whole audit become typed errors; anything else stays as it is, for the caller to record. */
function classifyFailure(error: unknown, instanceUrl: string): unknown {
  const e = error as { errorCode?: string; code?: string; name?: string; message?: string };
  const code = e.errorCode ?? e.name;
  if (code === 'INVALID_SESSION_ID' || code === 'sf:INVALID_SESSION_ID') {
    return new AuthError('the org refused the session (INVALID_SESSION_ID): the access token is invalid or expired; log in again', { cause: error });
  }
  const networkCode = e.code ?? (e as { cause?: { code?: string } }).cause?.code;
  if (networkCode && NETWORK_CODES.has(networkCode)) {
    return new CollectError(`could not reach ${instanceUrl} (${networkCode})`, { cause: error });
  }
  if (/fetch failed|socket hang up/i.test(e.message ?? '')) {
    return new CollectError(`could not reach ${instanceUrl} (${e.message})`, { cause: error });
  }
  return error;
}
