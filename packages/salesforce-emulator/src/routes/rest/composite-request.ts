import { SalesforceApiError } from '../../api-error.js';
import { jsonObject } from './rest-call.js';

export interface Subrequest {
  method: string;
  url: string;
  referenceId: string;
  body?: unknown;
  httpHeaders: Record<string, string>;
}

export interface CompositeRequest {
  allOrNone: boolean;
  subrequests: Subrequest[];
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const MAX_SUBREQUESTS = 25;
/** At most 5 subrequests may be queries or sObject Collections [doc: REST requests_composite.htm]. */
const MAX_QUERY_OR_COLLECTION = 5;

const invalid = (message: string) => new SalesforceApiError('INVALID_API_INPUT', message, 400);

/** Validates the whole composite body up front, as Salesforce does, before running anything. */
export function parseComposite(raw: unknown): CompositeRequest {
  const body = jsonObject(raw);
  const list = body.compositeRequest;
  if (!Array.isArray(list) || list.length === 0) throw invalid('compositeRequest must be a non-empty array');
  if (list.length > MAX_SUBREQUESTS) {
    // Limit documented; the exact error code of the refusal is [unverified].
    throw new SalesforceApiError('LIMIT_EXCEEDED', `Maximum number of subrequests (${MAX_SUBREQUESTS}) exceeded`, 400);
  }
  const seen = new Set<string>();
  const subrequests = list.map((item) => {
    const sub = jsonObject(item, 'subrequest');
    const { method, url, referenceId } = sub;
    if (typeof method !== 'string' || !METHODS.includes(method)) throw invalid(`Invalid HTTP method: ${String(method)}`);
    if (typeof url !== 'string' || !url.startsWith('/services/data/')) throw invalid(`Invalid subrequest url: ${String(url)}`);
    if (typeof referenceId !== 'string' || !/^[A-Za-z0-9_]+$/.test(referenceId)) {
      throw invalid(`Invalid referenceId: ${String(referenceId)}. Only letters, digits and _ are allowed`);
    }
    if (seen.has(referenceId)) throw invalid(`Duplicate referenceId: ${referenceId}`);
    seen.add(referenceId);
    const headers = (sub.httpHeaders ?? {}) as Record<string, string>;
    for (const forbidden of ['accept', 'authorization', 'content-type']) {
      if (Object.keys(headers).some((h) => h.toLowerCase() === forbidden)) {
        throw invalid(`The ${forbidden} header may not be set on a subrequest`);
      }
    }
    return { method, url, referenceId, body: sub.body, httpHeaders: headers };
  });
  const heavy = subrequests.filter((s) => /\/(query|queryAll)(\/|\?|$)|\/composite\/sobjects/.test(s.url)).length;
  if (heavy > MAX_QUERY_OR_COLLECTION) {
    throw new SalesforceApiError(
      'LIMIT_EXCEEDED',
      `A composite request may contain at most ${MAX_QUERY_OR_COLLECTION} query or sObject Collections subrequests`,
      400,
    );
  }
  return { allOrNone: body.allOrNone === true, subrequests };
}
