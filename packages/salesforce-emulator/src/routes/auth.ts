import type { SessionUser } from '../session/tokens.js';
import type { EmulatorContext, IncomingCall } from './context.js';

/** The token of `Authorization: Bearer …` (or the older `OAuth …` scheme Salesforce still accepts). */
function bearerToken(call: IncomingCall): string | undefined {
  const m = /^(?:Bearer|OAuth)\s+(\S+)$/i.exec(call.headers.authorization ?? '');
  return m?.[1];
}

/** The identity service's token: the Authorization header, else the `oauth_token` parameter. */
export function identityToken(call: IncomingCall): string | undefined {
  return bearerToken(call) ?? call.query.get('oauth_token') ?? undefined;
}

export function restSession(ctx: EmulatorContext, call: IncomingCall): SessionUser | undefined {
  return ctx.sessions.lookup(bearerToken(call));
}
