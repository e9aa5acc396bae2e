import { jsonReply, textReply } from '../http/reply.js';
import { identityToken } from './auth.js';
import { idKey } from '../store/ids.js';
import type { EmulatorContext, IncomingCall, RouteOutcome } from './context.js';
import { identityFacts, identityUser } from './identity-user.js';

/**
 * `GET /id/<orgId>/<userId>` (Bearer header or `oauth_token` parameter). It belongs to the OAuth
 * identity service, not the REST API, so it is not counted. A bad token gives 403 `Bad_OAuth_Token`
 * as text, like the real service [community].
 */
export function handleIdentity(ctx: EmulatorContext, call: IncomingCall, orgId: string, userId: string): RouteOutcome {
  const base = { api: 'identity' as const, counted: false };
  const session = ctx.sessions.lookup(identityToken(call));
  if (!session) return { ...base, reply: textReply(403, 'Bad_OAuth_Token') };
  const user = identityUser(ctx, userId);
  if (idKey(orgId) !== idKey(ctx.org.organizationId) || !user) return { ...base, reply: textReply(404, 'Bad_Id') };
  const facts = identityFacts(ctx, user);
  const body = {
    id: facts.idUrl,
    asserted_user: session.userId === user.userId,
    user_id: user.userId,
    organization_id: facts.orgId,
    username: user.username,
    nick_name: facts.nickname,
    display_name: user.name ?? user.username,
    email: user.email ?? user.username,
    email_verified: true,
    first_name: facts.givenName,
    last_name: facts.familyName,
    timezone: facts.zoneinfo,
    photos: {},
    active: user.isActive,
    user_type: 'STANDARD',
    language: 'en_US',
    locale: 'en_US',
    utcOffset: facts.utcOffset,
    last_modified_date: facts.updatedAt,
    is_app_installed: true,
    urls: facts.urls,
  };
  return { ...base, reply: jsonReply(200, body) };
}
