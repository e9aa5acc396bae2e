import { jsonReply, textReply } from '../http/reply.js';
import { listOrgUsers } from '../session/org-users.js';
import { bearerToken } from './auth.js';
import type { EmulatorContext, IncomingCall, RouteOutcome } from './context.js';

/**
 * `GET /id/<orgId>/<userId>` (Bearer header or `oauth_token` parameter). It belongs to the OAuth
 * identity service, not the REST API, so it is not counted. A bad token gives 403 `Bad_OAuth_Token`
 * as text, like the real service [community].
 */
export function handleIdentity(ctx: EmulatorContext, call: IncomingCall, orgId: string, userId: string): RouteOutcome {
  const base = { api: 'identity' as const, counted: false };
  const session = ctx.sessions.lookup(bearerToken(call) ?? call.query.get('oauth_token') ?? undefined);
  if (!session) return { ...base, reply: textReply(403, 'Bad_OAuth_Token') };
  const org = ctx.org.organizationId;
  const user = listOrgUsers(ctx.org).find((u) => u.userId === userId) ?? (userId === ctx.loginUser.userId ? ctx.loginUser : undefined);
  if (!sameId(orgId, org) || !user) return { ...base, reply: textReply(404, 'Bad_Id') };
  const soap = (kind: string) => `${ctx.origin}/services/Soap/${kind}/{version}/${org.slice(0, 15)}`;
  const data = `${ctx.origin}/services/data/v{version}`;
  const [first, ...rest] = (user.name ?? user.username).split(' ');
  const body = {
    id: `${ctx.origin}/id/${org}/${user.userId}`,
    asserted_user: session.userId === user.userId,
    user_id: user.userId,
    organization_id: org,
    username: user.username,
    nick_name: user.username.split('@')[0],
    display_name: user.name ?? user.username,
    email: user.email ?? user.username,
    email_verified: true,
    first_name: first,
    last_name: rest.join(' ') || first,
    timezone: 'Europe/Berlin',
    photos: {},
    active: user.isActive,
    user_type: 'STANDARD',
    language: 'en_US',
    locale: 'en_US',
    utcOffset: 3600000,
    last_modified_date: '2024-01-01T00:00:00.000+0000',
    is_app_installed: true,
    urls: {
      enterprise: soap('c'),
      metadata: soap('m'),
      partner: soap('u'),
      rest: `${data}/`,
      sobjects: `${data}/sobjects/`,
      search: `${data}/search/`,
      query: `${data}/query/`,
      recent: `${data}/recent/`,
      tooling_soap: soap('T'),
      tooling_rest: `${data}/tooling/`,
      profile: `${ctx.origin}/${user.userId}`,
      custom_domain: ctx.origin,
    },
  };
  return { ...base, reply: jsonReply(200, body) };
}

/** 15- and 18-character forms of one Id are the same record. */
function sameId(a: string, b: string): boolean {
  return a.slice(0, 15) === b.slice(0, 15);
}
