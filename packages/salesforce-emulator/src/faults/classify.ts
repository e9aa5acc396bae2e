import type { ApiKind } from '../http/request-log.js';
import type { IncomingCall } from '../routes/context.js';

/** The API surface a path belongs to, known before routing (the same split the top-level routes make). */
export function apiOf(path: string): ApiKind {
  if (/^\/services\/data\/?$/.test(path)) return 'versions';
  if (/^\/services\/data\/v\d+\.\d\/tooling(\/|$)/.test(path)) return 'tooling';
  if (/^\/services\/data\/v\d+\.\d(\/|$)/.test(path)) return 'rest';
  if (path.startsWith('/services/Soap/m/')) return 'metadata-soap';
  if (path.startsWith('/services/Soap/u/')) return 'partner-soap';
  if (path.startsWith('/services/oauth2/')) return 'oauth';
  if (path.startsWith('/id/')) return 'identity';
  return 'unknown';
}

/** The first element inside the SOAP Body, e.g. `readMetadata`; undefined for anything else. */
export function soapOperation(body: string): string | undefined {
  return /<(?:[\w.-]+:)?Body\b[^>]*>\s*<(?:[\w.-]+:)?([\w.-]+)/.exec(body)?.[1];
}

const METADATA_WRITES = new Set(['createMetadata', 'updateMetadata', 'upsertMetadata', 'deleteMetadata', 'renameMetadata']);

/** Whether a request changes the org (see FaultRule.writes). */
export function isWrite(call: IncomingCall, api: ApiKind): boolean {
  if (api === 'metadata-soap') return METADATA_WRITES.has(soapOperation(call.body) ?? '');
  if (api !== 'rest' && api !== 'tooling') return false;
  const method = call.method.toUpperCase();
  if (method === 'GET' || method === 'HEAD') return false;
  if (method === 'POST' && /\/composite\/sobjects\/[^/]+\/?$/.test(call.path)) return false; // Collections retrieve
  if (method === 'POST' && /\/composite\/?$/.test(call.path)) return !onlyGetSubrequests(call.body);
  return true;
}

function onlyGetSubrequests(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { compositeRequest?: Array<{ method?: unknown }> };
    return Array.isArray(parsed.compositeRequest) && parsed.compositeRequest.every((sub) => sub?.method === 'GET');
  } catch {
    return false;
  }
}
