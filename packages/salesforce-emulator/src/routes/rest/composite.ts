import { SalesforceApiError } from '../../api-error.js';
import { errorResult, type RestCall, type RestResult } from './rest-call.js';
import { parseComposite, type Subrequest } from './composite-request.js';
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

const ROLLED_BACK = [
  {
    errorCode: 'PROCESSING_HALTED',
    message: 'The transaction was rolled back since another operation in the same transaction failed.',
  },
];

/**
 * `POST composite`: subrequests run in order (collateSubrequests only changes scheduling on Salesforce,
 * nothing observable here). Always HTTP 200; each subrequest carries its own status.
 */
export function composite(call: RestCall): RestResult {
  const request = parseComposite(call.body);
  const responses: SubResponse[] = [];
  const refs: ReferenceBodies = new Map();
  const runAll = (): void => {
    for (const sub of request.subrequests) {
      const response = runOne(call, sub, refs);
      responses.push(response);
      if (response.httpStatusCode < 400) refs.set(sub.referenceId, response.body);
      else if (request.allOrNone) throw new Halt();
    }
  };
  if (!request.allOrNone) {
    runAll();
    return { status: 200, body: { compositeResponse: responses } };
  }
  try {
    call.ctx.org.transaction(runAll);
  } catch (error) {
    if (!(error instanceof Halt)) throw error;
    const failed = responses[responses.length - 1];
    const all = request.subrequests.map((sub) =>
      sub.referenceId === failed.referenceId
        ? failed
        : { body: ROLLED_BACK, httpHeaders: {}, httpStatusCode: 400, referenceId: sub.referenceId },
    );
    return { status: 200, body: { compositeResponse: all } };
  }
  return { status: 200, body: { compositeResponse: responses } };
}

function runOne(call: RestCall, sub: Subrequest, refs: ReferenceBodies): SubResponse {
  let result: RestResult;
  try {
    const url = new URL(substituteUrl(sub.url, refs), 'http://composite.invalid');
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
      body: sub.body === undefined ? undefined : substituteBody(sub.body, refs),
    });
  } catch (error) {
    result = errorResult(error);
  }
  return {
    body: result.body ?? null,
    httpHeaders: result.headers ?? {},
    httpStatusCode: result.status,
    referenceId: sub.referenceId,
  };
}
