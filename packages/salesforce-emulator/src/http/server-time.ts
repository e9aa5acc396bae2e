/**
 * How long the emulator takes to answer, in the server-time model: one network round trip per HTTP
 * request, plus the time Salesforce spends on it. A composite request's subrequests run one after another
 * ("If collation is disabled, then the subrequests are executed in the order in which they are received";
 * collation only groups sObject writes: REST API Developer Guide, Composite Request Body,
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/requests_composite.htm), so
 * their server times add up; separate requests are served side by side.
 */
export interface ServerTiming {
  /** Network round trip of every HTTP request, whatever it holds. */
  roundTripMs: number;
  /** Server time of one REST request: a request of its own, or one subrequest of a composite request. */
  perSubrequestMs: number;
  /**
   * Server time per thousand rows a query examines plus the rows (child rows included) it returns. Examined:
   * the outer query's candidate rows as the emulator's indexes (Id, reference fields) pick them; a
   * semi-join's inner rows are not counted. A later page examines nothing: it reads the open cursor.
   */
  perThousandRowsMs: number;
}

/**
 * Defaults. No public source states Salesforce's server time per request or per row; these are
 * orders of magnitude from public measurements, each [unverified] as a constant:
 * - roundTripMs 50: the network, not Salesforce; the benchmark's flat latency so far, a same-continent
 *   round trip. A user far from their instance sees more.
 * - perSubrequestMs 20: a one-row SOQL query took 8.7–22.4 ms of database time plus 3–5 ms of Apex time in
 *   a Developer Edition debug log (https://shubhamsonar.com/cost-of-soql/); trust.salesforce.com's
 *   published average transaction time was "consistently well under 300 milliseconds" (Learning Apex
 *   Programming, Packt, "Obeying the speed limit",
 *   https://subscription.packtpub.com/book/application_development/9781782173977/2/ch02lvl1sec21/obeying-the-speed-limit).
 * - perThousandRowsMs 50: `select Name from Contact limit 100` ran in 9 ms (at most 90 ms per thousand rows,
 *   fixed cost included), the same query without LIMIT through a query locator in 258 ms
 *   (https://dfc-org-production.force.com/forums/ForumsMain?id=906F0000000AwTKIA0); a query of about 29,800
 *   Account rows ended 4.2 s after the one before it, a loop over 20,000 rows in between, so at most about
 *   140 ms per thousand (https://salesforce.stackexchange.com/posts/104225/revisions). Serialising a returned
 *   row to JSON is assumed to cost about what examining one does.
 */
export const DEFAULT_SERVER_TIMING: ServerTiming = { roundTripMs: 50, perSubrequestMs: 20, perThousandRowsMs: 50 };

/** What one HTTP request made the server do, counted while its route runs. */
export interface ServerWork {
  /** REST requests run: the request itself, or each subrequest of a composite request (0 for SOAP, OAuth, …). */
  requests: number;
  /** Rows queries examined plus rows they returned, child rows included. */
  rows: number;
}

export const noWork = (): ServerWork => ({ requests: 0, rows: 0 });

/** Round trip plus server time: every HTTP request costs at least one request's server time. */
export function modelledResponseMs(timing: ServerTiming, work: ServerWork): number {
  return timing.roundTripMs + timing.perSubrequestMs * Math.max(1, work.requests) + (timing.perThousandRowsMs * work.rows) / 1000;
}
