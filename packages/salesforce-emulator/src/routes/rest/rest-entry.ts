import { SalesforceApiError } from '../../api-error.js';
import { emptyReply, jsonReply } from '../../http/reply.js';
import { restSession } from '../auth.js';
import type { EmulatorContext, IncomingCall, RouteOutcome } from '../context.js';
import { dispatchRest } from './rest-dispatch.js';
import { unservedVersion } from '../api-versions.js';
import type { RestTarget } from './rest-url.js';

const INVALID_SESSION = new SalesforceApiError('INVALID_SESSION_ID', 'Session expired or invalid', 401);
const LIMIT_EXCEEDED = new SalesforceApiError('REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.', 403);

/**
 * A top-level REST or Tooling request: authenticate, count one API call, dispatch, and add
 * `Sforce-Limit-Info`. Requests refused before dispatch (bad session, spent budget) are not counted.
 */
export function handleRest(ctx: EmulatorContext, call: IncomingCall, target: RestTarget): RouteOutcome {
  const api = target.api === 'tooling' ? 'tooling' : 'rest';
  const outcome = (status: number, body: unknown, counted: boolean, headers: Record<string, string> = {}): RouteOutcome => {
    const all = { ...headers, 'Sforce-Limit-Info': ctx.usage.header() };
    const reply = status === 204 || body === undefined ? emptyReply(status, all) : jsonReply(status, body, all);
    return { reply, api, counted };
  };
  const user = restSession(ctx, call);
  if (!user) return outcome(401, INVALID_SESSION.toBody(), false, { 'WWW-Authenticate': 'Token' });
  if (!ctx.usage.tryCount()) return outcome(403, LIMIT_EXCEEDED.toBody(), false);
  const unserved = unservedVersion(target.version, ctx.settings.apiVersion);
  if (unserved) return outcome(unserved.status, unserved.toBody(), true);
  let body: unknown;
  if (call.body.trim() !== '') {
    try {
      body = JSON.parse(call.body);
    } catch (error) {
      const message = error instanceof Error ? error.message : 'Malformed JSON';
      return outcome(400, new SalesforceApiError('JSON_PARSER_ERROR', message, 400).toBody(), true);
    }
  }
  const result = dispatchRest({
    ctx,
    ...target,
    method: call.method,
    query: call.query,
    headers: call.headers,
    body,
    user,
    work: call.work,
  });
  return outcome(result.status, result.body, true, result.headers);
}
