import { verify } from 'node:crypto';
import { findActiveUser } from '../../session/org-users.js';
import type { SessionUser } from '../../session/tokens.js';
import type { EmulatorContext } from '../context.js';
import { OAuthError, authenticationFailure } from './oauth-reply.js';

// Error texts follow what Salesforce reports for these cases [community]; not all are verified.
const invalidAssertion = () => new OAuthError('invalid_grant', 'invalid assertion');

/**
 * Verifies a JWT bearer assertion (RS256) against the public key and client id given to the
 * emulator: `iss` = client id, `aud` = this login URL or login/test.salesforce.com, `exp` in the
 * future, `sub` a known active username. Salesforce also caps `exp` at 3 minutes ahead; not enforced.
 */
export function userFromAssertion(ctx: EmulatorContext, assertion: string | null): SessionUser {
  const key = ctx.settings.jwtPublicKey;
  if (!key || !ctx.settings.clientId) throw invalidAssertion();
  const parts = (assertion ?? '').split('.');
  if (parts.length !== 3) throw invalidAssertion();
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = decodeJson(headerPart);
  if (header?.alg !== 'RS256') throw invalidAssertion();
  const signed = verify('RSA-SHA256', Buffer.from(`${headerPart}.${payloadPart}`), key, Buffer.from(signaturePart, 'base64url'));
  if (!signed) throw invalidAssertion();
  const claims = decodeJson(payloadPart);
  if (!claims) throw invalidAssertion();
  if (claims.iss !== ctx.settings.clientId) throw new OAuthError('invalid_client_id', 'client identifier invalid');
  const audiences = [ctx.origin, 'https://login.salesforce.com', 'https://test.salesforce.com'];
  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!aud.some((a) => typeof a === 'string' && audiences.includes(a.replace(/\/$/, '')))) {
    throw new OAuthError('invalid_grant', 'audience is invalid');
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) throw invalidAssertion();
  return knownUser(ctx, claims.sub);
}

function knownUser(ctx: EmulatorContext, sub: unknown): SessionUser {
  if (typeof sub !== 'string' || !sub) throw authenticationFailure();
  if (sub.toLowerCase() === ctx.loginUser.username.toLowerCase()) {
    return { userId: ctx.loginUser.userId, username: ctx.loginUser.username };
  }
  const user = findActiveUser(ctx.org, sub);
  if (!user) throw authenticationFailure();
  return { userId: user.userId, username: user.username };
}

function decodeJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
