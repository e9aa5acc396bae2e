import { SalesforceApiError } from '../api-error.js';
import { jsonReply } from '../http/reply.js';
import type { EmulatorContext, IncomingCall, RouteOutcome } from './context.js';
import { handleIdentity } from './identity.js';
import { handleRevoke, handleToken } from './oauth/token-endpoint.js';
import { handleRest } from './rest/rest-entry.js';
import { parseRestPath } from './rest/rest-url.js';
import { handleMetadataSoap } from './soap/metadata-soap.js';
import { handlePartnerSoap } from './soap/partner-soap.js';
import { handleUserInfo } from './userinfo.js';
import { handleVersions } from './versions.js';

type TopRoute = (ctx: EmulatorContext, call: IncomingCall, match: RegExpExecArray) => RouteOutcome;

/** The explicit registry of everything served on the emulator's origin, matched in order. */
const topRoutes: Array<[RegExp, TopRoute]> = [
  [/^\/services\/data\/?$/, (ctx) => handleVersions(ctx)],
  [/^\/services\/data\/v\d+\.\d(\/.*)?$/, (ctx, call) => handleRest(ctx, call, parseRestPath(call.path)!)],
  [/^\/services\/Soap\/m\/\d+\.\d(\/[^/]*)?$/, (ctx, call) => soapOnly(call, 'metadata-soap') ?? handleMetadataSoap(ctx, call)],
  [/^\/services\/Soap\/u\/(\d+\.\d)(\/[^/]*)?$/, (ctx, call, m) => soapOnly(call, 'partner-soap') ?? handlePartnerSoap(ctx, call, m[1])],
  [/^\/services\/oauth2\/token\/?$/, (ctx, call) => handleToken(ctx, call)],
  [/^\/services\/oauth2\/revoke\/?$/, (ctx, call) => handleRevoke(ctx, call)],
  [/^\/services\/oauth2\/userinfo\/?$/, (ctx, call) => handleUserInfo(ctx, call)],
  [/^\/id\/([^/]+)\/([^/]+)\/?$/, (ctx, call, m) => handleIdentity(ctx, call, m[1], m[2])],
];

export function route(ctx: EmulatorContext, call: IncomingCall): RouteOutcome {
  for (const [pattern, handler] of topRoutes) {
    const match = pattern.exec(call.path);
    if (match) return handler(ctx, call, match);
  }
  const notFound = new SalesforceApiError('NOT_FOUND', 'The requested resource does not exist', 404);
  return { reply: jsonReply(404, notFound.toBody()), api: 'unknown', counted: false };
}

/** SOAP endpoints accept POST only. */
function soapOnly(call: IncomingCall, api: 'metadata-soap' | 'partner-soap'): RouteOutcome | undefined {
  if (call.method === 'POST') return undefined;
  const body = new SalesforceApiError('METHOD_NOT_ALLOWED', `HTTP Method '${call.method}' not allowed. Allowed are POST`, 405);
  return { reply: jsonReply(405, body.toBody()), api, counted: false };
}
