import { SalesforceApiError } from '../api-error.js';
import { jsonReply, type HttpReply } from '../http/reply.js';
import type { ApiKind } from '../http/request-log.js';
import { unknownException } from '../routes/rest/rest-call.js';
import { METADATA_NS, PARTNER_FAULT_NS, soapFault } from '../routes/soap/envelope.js';

const isSoap = (api: ApiKind) => api === 'metadata-soap' || api === 'partner-soap';

/** An error as the surface would answer it: a SOAP fault (keeping `status`) or a REST error array. */
export function errorReply(api: ApiKind, error: SalesforceApiError, headers: Record<string, string> = {}): HttpReply {
  if (isSoap(api)) {
    const reply = soapFault(
      `sf:${error.errorCode}`,
      `${error.errorCode}: ${error.message}`,
      api === 'metadata-soap' ? METADATA_NS : PARTNER_FAULT_NS,
    );
    return { ...reply, status: error.status };
  }
  if (api === 'oauth') return jsonReply(error.status, { error: error.errorCode.toLowerCase(), error_description: error.message }, headers);
  return jsonReply(error.status, error.toBody(), headers);
}

/** Server-side failures: 500 UNKNOWN_EXCEPTION with an ErrorId, 503 SERVER_UNAVAILABLE and friends [shapes unverified beyond 500]. */
export function serverError(status: number): SalesforceApiError {
  if (status === 500) return unknownException();
  if (status === 401) return new SalesforceApiError('INVALID_SESSION_ID', 'Session expired or invalid', 401);
  if (status === 403)
    return new SalesforceApiError('API_DISABLED_FOR_ORG', 'API is not enabled for this Salesforce Organization or Partner', 403);
  if (status === 429) return new SalesforceApiError('REQUEST_LIMIT_EXCEEDED', 'ConcurrentPerOrgLongTxn Limit exceeded.', 429);
  return new SalesforceApiError('SERVER_UNAVAILABLE', 'Server temporarily unavailable. Please try again later.', status);
}

/** The session fault: REST 401 with `WWW-Authenticate`, SOAP 500 `sf:INVALID_SESSION_ID` (what jsforce refreshes on). */
export function sessionExpiredReply(api: ApiKind): HttpReply {
  if (isSoap(api)) {
    return errorReply(api, new SalesforceApiError('INVALID_SESSION_ID', 'Invalid Session ID found in SessionHeader: Illegal Session', 500));
  }
  return errorReply(api, new SalesforceApiError('INVALID_SESSION_ID', 'Session expired or invalid', 401), { 'WWW-Authenticate': 'Token' });
}

export function limitExceededReply(api: ApiKind): HttpReply {
  return errorReply(api, new SalesforceApiError('REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.', isSoap(api) ? 500 : 403));
}

/** The first part of a body: at most `keepBytes`, and always short of the whole document. */
export function truncate(reply: HttpReply, keepBytes?: number): HttpReply {
  const body = reply.body ?? '';
  const keep = Math.max(0, Math.min(keepBytes ?? Math.floor(body.length / 2), body.length - 1));
  return { ...reply, body: body.slice(0, keep) };
}

/** A broken document of the same content type (unbalanced JSON, mismatched XML tags). */
export function malform(reply: HttpReply): HttpReply {
  const xml = /xml/i.test(reply.headers['Content-Type'] ?? '');
  const body = xml
    ? '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><result></soapenv:Body>'
    : '{"totalSize": 1, "done": true, "records": [{"attributes": {"type": "User"}, "Id": "005';
  return { ...reply, body };
}

/** A maintenance page as a proxy or the platform shows it during an outage: HTML, whatever was asked. */
export function htmlPage(status: number): HttpReply {
  const body =
    '<!DOCTYPE html><html><head><title>Maintenance</title></head><body><h1>Down for maintenance</h1>' +
    '<p>This Salesforce instance is currently unavailable. Please try again later.</p></body></html>';
  return { status, headers: { 'Content-Type': 'text/html;charset=UTF-8' }, body };
}

/** HTTP 200 with a well-formed document of the other content type: XML where JSON was asked, JSON where XML was. */
export function otherContentType(reply: HttpReply): HttpReply {
  if (/xml/i.test(reply.headers['Content-Type'] ?? '')) return jsonReply(200, { status: 'ok' });
  return {
    status: 200,
    headers: { 'Content-Type': 'text/xml;charset=UTF-8' },
    body: '<?xml version="1.0" encoding="UTF-8"?><status>ok</status>',
  };
}
