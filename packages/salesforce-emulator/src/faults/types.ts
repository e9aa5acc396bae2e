import type { ApiKind } from '../http/request-log.js';

/**
 * What a fault does to a request it matches. Faults that *replace* the answer (`http-error`,
 * `reset` without `applied`, `session-expired`, `limit-exceeded`) stop the request before the route
 * runs: nothing is read or written and no API call is counted (Salesforce does not count requests
 * refused before its API layer, nor a 401 or a REQUEST_LIMIT_EXCEEDED refusal). Faults that slow down
 * or mangle a real answer (`delay`, `truncated-body`, `malformed-body`, `empty-body`, `wrong-content-type`,
 * `reset` with `applied` or after the headers) run the
 * route first, so writes land and the call counts exactly as the route counts it: the org did the work,
 * only the answer was late or lost. `deny-access` makes the data layer refuse chosen sObjects while the
 * route runs; the request counts like any processed request that ended in an error.
 */
export type FaultAction =
  /**
   * A Salesforce-shaped error: JSON `[{message, errorCode}]` for REST/Tooling, a SOAP fault for SOAP,
   * `{error, error_description}` for OAuth. 401 is INVALID_SESSION_ID without expiring any token (a
   * refresh does not help when the org keeps refusing); 403 is API_DISABLED_FOR_ORG.
   */
  | { kind: 'http-error'; status: 500 | 502 | 503 | 504 | 429 | 401 | 403 }
  /**
   * Destroys the socket: the client sees ECONNRESET / "socket hang up". `at`: `'request'` (default)
   * before any answer; `'headers'` after the status line and headers of the real answer; `'body'` in
   * the middle of its body. With `at` other than `'request'`, or `applied`, the route ran: a write landed.
   */
  | { kind: 'reset'; applied?: boolean; at?: 'request' | 'headers' | 'body' }
  /** An HTML page instead of the answer (a maintenance or proxy page), with `status` (default 200); the route does not run. */
  | { kind: 'html-page'; status?: 200 | 500 | 502 | 503 | 504 }
  /** HTTP 200 with an empty body (Content-Length 0) instead of the real answer; the route ran. */
  | { kind: 'empty-body' }
  /** HTTP 200 with a document of another content type than asked for (XML where JSON was asked, JSON where XML was); the route ran. */
  | { kind: 'wrong-content-type' }
  /** Holds the answer back (the route already ran); pick more than the client's per-request timeout. */
  | { kind: 'delay'; ms: number }
  /** Expires every access token, then answers 401 INVALID_SESSION_ID (REST) or `sf:INVALID_SESSION_ID` (SOAP). */
  | { kind: 'session-expired' }
  /** 403 REQUEST_LIMIT_EXCEEDED "TotalRequests Limit exceeded." (REST), `sf:REQUEST_LIMIT_EXCEEDED` (SOAP). */
  | { kind: 'limit-exceeded' }
  /**
   * The running user may not use these sObjects: a query naming one in any FROM (the main query or a
   * semi-join, also inside composite subrequests) fails INSUFFICIENT_ACCESS (403); a create, update or
   * delete of one fails INSUFFICIENT_ACCESS_OR_READONLY (per record in collections, per subrequest in
   * composite, rolling back allOrNone work as Salesforce does). Child subqueries name relationships,
   * not sObjects, and are not checked.
   */
  | { kind: 'deny-access'; sobjects: string[] }
  /** The real answer cut short: a syntactically incomplete JSON or XML document (Content-Length matches). */
  | { kind: 'truncated-body'; keepBytes?: number }
  /** The real answer replaced by a broken document of the same content type. */
  | { kind: 'malformed-body' };

/**
 * One fault rule. Every given matcher must hold; a rule without matchers matches every request.
 * Counting: `nth` counts the requests this rule matched since it was added (1-based), `request` is the
 * server's own request number since start (1-based, every request, counted or not).
 */
export interface FaultRule {
  fault: FaultAction;
  /**
   * A string matches the path (query string left out) exactly or as a parent segment, either in full
   * (`/services/data/v62.0/composite`) or below the version base (`/composite`, `/tooling/query`,
   * `/query` also matches `/query/<locator>`). A RegExp is tested against the decoded path with its
   * query string, e.g. `/FROM SetupEntityAccess/`.
   */
  path?: string | RegExp;
  method?: string;
  api?: ApiKind | ApiKind[];
  /** SOAP operation, e.g. `readMetadata`, `updateMetadata`, `login`. */
  operation?: string;
  /**
   * true: only writes (REST POST/PATCH/PUT/DELETE except read-only POSTs, i.e. a composite whose
   * subrequests are all GET and a Collections retrieve; Metadata create/update/upsert/delete/rename).
   * false: only reads. With `nth`, `{ writes: true, nth: 2 }` fails the second write.
   */
  writes?: boolean;
  nth?: number;
  request?: number;
  /** How many matched requests the fault hits; default 1 with `nth` or `request`, else every one. */
  times?: number;
}

/** A fault that fired, for tests to check what happened. */
export interface FiredFault {
  /** The server's request number. */
  request: number;
  method: string;
  path: string;
  kind: FaultAction['kind'];
}
