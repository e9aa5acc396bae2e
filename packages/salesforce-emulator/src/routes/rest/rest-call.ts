import { randomInt } from 'node:crypto';
import { SalesforceApiError } from '../../api-error.js';
import type { ApiSurface } from '../../org-data.js';
import type { SessionUser } from '../../session/tokens.js';
import type { EmulatorContext } from '../context.js';
import type { ServerWork } from '../../http/server-time.js';

/** One REST request (top-level or a composite subrequest) after authentication. */
export interface RestCall {
  ctx: EmulatorContext;
  api: ApiSurface;
  /** API version from the URL, e.g. `60.0`. */
  version: string;
  method: string;
  /** Path below `/services/data/vXX.X` (and below `/tooling` for the Tooling API), e.g. `/query`. */
  path: string;
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Record<string, string | undefined>;
  /** Parsed JSON body, undefined when there was none. */
  body: unknown;
  user: SessionUser;
  /** The HTTP request's work meter, shared by a composite request's subrequests (they spread the call). */
  work: ServerWork;
}

export interface RestResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RestHandler = (call: RestCall, params: string[]) => RestResult;

/** `/services/data/v60.0` or `/services/data/v60.0/tooling`. */
export function basePath(call: Pick<RestCall, 'api' | 'version'>): string {
  return `/services/data/v${call.version}${call.api === 'tooling' ? '/tooling' : ''}`;
}

export function errorResult(error: unknown): RestResult {
  if (error instanceof SalesforceApiError) return { status: error.status, body: error.toBody() };
  return { status: 500, body: unknownException().toBody() };
}

/** Salesforce's opaque 500: an ErrorId, never a stack trace. */
export function unknownException(): SalesforceApiError {
  const errorId = `${randomInt(1e8, 1e9)}-${randomInt(1e4, 1e5)} (${randomInt(-2e9, 2e9)})`;
  return new SalesforceApiError(
    'UNKNOWN_EXCEPTION',
    `An unexpected error occurred. Please include this ErrorId if you contact support: ${errorId}`,
    500,
  );
}

export function jsonObject(body: unknown, what = 'request body'): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new SalesforceApiError('JSON_PARSER_ERROR', `The ${what} must be a JSON object`, 400);
  }
  return body as Record<string, unknown>;
}

/** Request bodies may carry `attributes`; Salesforce ignores it when writing fields. */
export function fieldsOf(body: unknown): Record<string, unknown> {
  const { attributes: _ignored, ...fields } = jsonObject(body);
  return fields;
}
