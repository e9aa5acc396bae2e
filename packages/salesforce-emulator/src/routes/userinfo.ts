import { jsonReply, textReply } from '../http/reply.js';
import { identityToken } from './auth.js';
import type { EmulatorContext, IncomingCall, RouteOutcome } from './context.js';
import { identityFacts, identityUser } from './identity-user.js';

/**
 * `GET|POST /services/oauth2/userinfo`: the OpenID Connect UserInfo endpoint, about the token's own
 * user only (Salesforce Help, "Query for User Information"; claim names from OpenID Connect Core 1.0
 * §5.1 plus Salesforce's own: `user_id`, `organization_id`, `urls`, `active`, `user_type`, `language`,
 * `utcOffset`, `is_app_installed`). Identity service, so not counted.
 *
 * Errors [unverified]: answered like the identity URL, 403 `Missing_OAuth_Token` without a token and
 * 403 `Bad_OAuth_Token` for an unknown one, as text.
 */
export function handleUserInfo(ctx: EmulatorContext, call: IncomingCall): RouteOutcome {
  const base = { api: 'identity' as const, counted: false };
  const token = identityToken(call);
  if (!token) return { ...base, reply: textReply(403, 'Missing_OAuth_Token') };
  const session = ctx.sessions.lookup(token);
  const user = session && identityUser(ctx, session.userId);
  if (!user) return { ...base, reply: textReply(403, 'Bad_OAuth_Token') };
  const facts = identityFacts(ctx, user);
  const body = {
    sub: facts.idUrl,
    user_id: user.userId,
    organization_id: facts.orgId,
    preferred_username: user.username,
    nickname: facts.nickname,
    name: user.name ?? user.username,
    email: user.email ?? user.username,
    email_verified: true,
    given_name: facts.givenName,
    family_name: facts.familyName,
    zoneinfo: facts.zoneinfo,
    photos: {},
    profile: facts.urls.profile,
    urls: facts.urls,
    active: user.isActive,
    user_type: 'STANDARD',
    language: 'en_US',
    locale: 'en_US',
    utcOffset: facts.utcOffset,
    updated_at: facts.updatedAt,
    is_app_installed: true,
  };
  return { ...base, reply: jsonReply(200, body) };
}
