import { SalesforceApiError } from '../api-error.js';

/**
 * The oldest API version a current org serves. Versions 7.0–20.0 were retired in Summer '22 and
 * 21.0–30.0 in Summer '25 ("Salesforce Platform API Versions 21.0 through 30.0 Retirement",
 * help.salesforce.com knowledge article 000354473).
 */
export const OLDEST_VERSION = 31;

/**
 * Why a request for `version` is not served, or undefined when it is. A retired version answers
 * HTTP 410 (same article and the REST API "API End-of-Life" page: "REST API returns 410: GONE");
 * the body's errorCode and message are [unverified]. A version newer than the org's answers 404.
 */
export function unservedVersion(version: string, newest: string): SalesforceApiError | undefined {
  const v = Number(version);
  if (Number.isInteger(v) && v < OLDEST_VERSION) {
    return new SalesforceApiError('GONE', `API version ${version} is retired and no longer available`, 410);
  }
  if (!Number.isInteger(v) || v > Number(newest)) {
    return new SalesforceApiError('NOT_FOUND', 'The requested resource does not exist', 404);
  }
  return undefined;
}
