import { SalesforceApiError } from '../../api-error.js';
import { errorResult, type RestCall, type RestResult } from './rest-call.js';
import { parseComposite, type CompositeRequest, type Subrequest } from './composite-request.js';
import { substituteBody, substituteUrl, type ReferenceBodies } from './composite-refs.js';
import { parseRestPath } from './rest-url.js';
import { unservedVersion } from '../api-versions.js';
import { dispatchRest } from './rest-dispatch.js';

interface SubResponse {
  body: unknown;
  httpHeaders: Record<string, string>;
  httpStatusCode: number;
  referenceId: string;
}

/** Thrown inside the transaction to undo every write once an allOrNone subrequest fails. */
class Halt extends Error {}

/**
 * What every other subrequest of a failed allOrNone request answers, as in the documented response of
 * REST API "allOrNone Parameters in Composite and Collections Requests" (resources_composite_allornone.htm).
 */
const halted = (referenceId: string): SubResponse => ({
  body: [
    {
      errorCode: 'PROCESSING_HALTED',
      message: 'The transaction was rolled back since another operation in the same transaction failed.',
    },
  ],
  httpHeaders: {},
  httpStatusCode: 400,
  referenceId,
});

/**
 * `POST composite` (REST API "Composite Request Body", requests_composite.htm): always HTTP 200, each
 * subrequest with its own status. Subrequests run in order (collateSubrequests only changes scheduling
 * on Salesforce, nothing observable here).
 */
export function composite(call: RestCall): RestResult {
  const request = parseComposite(call.body, call.version);
  const compositeResponse = request.allOrNone ? runAllOrNone(call, request) : runEach(call, request);
  return { status: 200, body: { compositeResponse } };
}

/**
 * allOrNone false: "the remaining subrequests that don't depend on the failed subrequest are executed.
 * Dependent subrequests aren't executed": a reference to a failed subrequest finds no value. Each
 * sObject Collections subrequest keeps its own allOrNone.
 */
function runEach(call: RestCall, request: CompositeRequest): SubResponse[] {
  const refs: ReferenceBodies = new Map();
  return request.subrequests.map((sub) => {
    const response = runOne(call, sub, refs);
    if (response.httpStatusCode < 400) refs.set(sub.referenceId, response.body);
    return response;
  });
}

/**
 * allOrNone true: "the entire composite request is rolled back". The failed subrequest keeps its answer;
 * every other one answers 400 PROCESSING_HALTED (requests_composite.htm, resources_composite_subrequest_result.htm).
 * An sObject Collections subrequest with a failed record fails the request too, whatever its own
 * allOrNone: it answers 200 with its SaveResults, including `success: true` for records that were rolled
 * back with the rest (resources_composite_allornone.htm, case 4 and its note). [unverified]: subrequests before the
 * failed one answer the same PROCESSING_HALTED body as those after it (the docs show one after it and say "all other
 * subrequests return the 400 HTTP status code"), and a collection of `allOrNone: true` answers as it does alone (case 3
 * is shown only as a diagram).
 */
function runAllOrNone(call: RestCall, request: CompositeRequest): SubResponse[] {
  const refs: ReferenceBodies = new Map();
  const responses: SubResponse[] = [];
  try {
    call.ctx.org.transaction(() => {
      for (const sub of request.subrequests) {
        const response = runOne(call, sub, refs);
        responses.push(response);
        if (response.httpStatusCode >= 400 || hasFailedRecord(response.body)) throw new Halt();
        refs.set(sub.referenceId, response.body);
      }
    });
  } catch (error) {
    if (!(error instanceof Halt)) throw error;
    const failed = responses[responses.length - 1];
    return request.subrequests.map((sub) => (sub.referenceId === failed.referenceId ? failed : halted(sub.referenceId)));
  }
  return responses;
}

/** An sObject Collections answer (SaveResults) with a `success: false` entry. */
function hasFailedRecord(body: unknown): boolean {
  return Array.isArray(body) && body.some((item) => (item as { success?: unknown } | null)?.success === false);
}

function runOne(call: RestCall, sub: Subrequest, refs: ReferenceBodies): SubResponse {
  let result: RestResult;
  try {
    const url = new URL(substituteUrl(sub.url, refs, call.version), 'http://composite.invalid');
    const target = parseRestPath(url.pathname);
    if (!target) throw new SalesforceApiError('NOT_FOUND', 'The requested resource does not exist', 404);
    const unserved = unservedVersion(target.version, call.ctx.settings.apiVersion);
    if (unserved) throw unserved;
    const headers = Object.fromEntries(Object.entries(sub.httpHeaders).map(([k, v]) => [k.toLowerCase(), v]));
    result = dispatchRest({
      ...call,
      ...target,
      method: sub.method,
      query: url.searchParams,
      headers,
      body: sub.body === undefined ? undefined : substituteBody(sub.body, refs, call.version),
    });
  } catch (error) {
    result = unresolved(error) ?? errorResult(error);
  }
  return {
    body: result.body ?? null,
    httpHeaders: result.headers ?? {},
    httpStatusCode: result.status,
    referenceId: sub.referenceId,
  };
}

/** A reference without a value: documented bodies carry errorCode and message, no `fields`. */
function unresolved(error: unknown): RestResult | undefined {
  if (!(error instanceof SalesforceApiError) || error.errorCode !== 'PROCESSING_HALTED') return undefined;
  return { status: error.status, body: [{ errorCode: error.errorCode, message: error.message }] };
}
