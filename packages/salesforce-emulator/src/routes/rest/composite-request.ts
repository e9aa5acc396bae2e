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

/**
 * "You can have up to 25 subrequests in a single call. Up to 5 of these subrequests can be sObject
 * Collections or query operations, including Query and QueryAll requests" (REST API "Composite Request
 * Body", requests_composite.htm). Query More (`query/<locator>`) counts too, as the Spring '20 (API 48.0)
 * edition of resources_composite_composite.htm said. The refusal's status and errorCode are [unverified]: the docs name no error.
 */
const MAX_SUBREQUESTS = 25;
const MAX_QUERY_OR_COLLECTION = 5;
const QUERY_OR_COLLECTION = /^\/services\/data\/v[^/]+\/(?:(?:query|queryAll)(?:[/?]|$)|composite\/sobjects(?:[/?]|$))/;

/** "The referenceId must start with a letter or a number" and hold only letters, numbers and `_` (requests_composite.htm). */
const REFERENCE_ID = /^[A-Za-z0-9][A-Za-z0-9_]*$/;
/**
 * From API 52.0 an illegal referenceId fails the whole request with HTTP 400 JSON_PARSER_ERROR; up to
 * 51.0 only the subrequests referring to it fail (resources_composite_subrequest_result.htm, "Behavior
 * and Responses If There Are Illegal Characters in Reference IDs", which shows both answers).
 */
const REFERENCE_ID_CHECKED_FROM = 52;

// Refusals of a malformed body other than the documented referenceId one: codes and wording [unverified].
const invalid = (message: string) => new SalesforceApiError('INVALID_API_INPUT', message, 400);

/** Validates the whole composite body up front, as Salesforce does, before running anything. */
export function parseComposite(raw: unknown, apiVersion: string): CompositeRequest {
  const body = jsonObject(raw);
  const list = body.compositeRequest;
  if (!Array.isArray(list) || list.length === 0) throw invalid('compositeRequest must be a non-empty array');
  if (list.length > MAX_SUBREQUESTS) {
    throw new SalesforceApiError('LIMIT_EXCEEDED', `Maximum number of subrequests (${MAX_SUBREQUESTS}) exceeded`, 400);
  }
  const seen = new Set<string>();
  const subrequests = list.map((item) => {
    const sub = jsonObject(item, 'subrequest');
    const { method, url, referenceId } = sub;
    if (typeof method !== 'string' || !METHODS.includes(method)) throw invalid(`Invalid HTTP method: ${String(method)}`);
    if (typeof url !== 'string' || !url.startsWith('/services/data/')) throw invalid(`Invalid subrequest url: ${String(url)}`);
    if (typeof referenceId !== 'string') throw invalid('Each subrequest needs a referenceId');
    if (!REFERENCE_ID.test(referenceId) && Number(apiVersion) >= REFERENCE_ID_CHECKED_FROM) {
      throw new SalesforceApiError(
        'JSON_PARSER_ERROR',
        `Provided referenceId ('${referenceId}') must start with a letter or a number, ` +
          `and it can contain only letters, numbers and underscores ('_').`,
        400,
      );
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
  if (subrequests.filter((s) => QUERY_OR_COLLECTION.test(s.url)).length > MAX_QUERY_OR_COLLECTION) {
    throw new SalesforceApiError(
      'LIMIT_EXCEEDED',
      `A composite request may contain at most ${MAX_QUERY_OR_COLLECTION} query or sObject Collections subrequests`,
      400,
    );
  }
  return { allOrNone: body.allOrNone === true, subrequests };
}
