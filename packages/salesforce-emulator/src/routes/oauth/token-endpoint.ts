import { jsonReply } from '../../http/reply.js';
import { checkLogin } from '../../session/credentials.js';
import type { EmulatorContext, IncomingCall, RouteOutcome } from '../context.js';
import { userFromAssertion } from './jwt-bearer.js';
import { OAuthError, authenticationFailure, checkClient, tokenReply } from './oauth-reply.js';

type Grant = (ctx: EmulatorContext, form: URLSearchParams) => ReturnType<typeof tokenReply>;

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** The explicit registry of supported grant types. */
const grants: Record<string, Grant> = {
  /** Username-password flow; Salesforce never issues a refresh token here. */
  password: (ctx, form) => {
    checkClient(ctx, form, true);
    if (!checkLogin(ctx.credentials, form.get('username') ?? '', form.get('password') ?? '')) throw authenticationFailure();
    return tokenReply(ctx, { userId: ctx.loginUser.userId, username: ctx.loginUser.username });
  },
  refresh_token: (ctx, form) => {
    checkClient(ctx, form, false);
    const user = ctx.sessions.lookupRefreshToken(form.get('refresh_token') ?? undefined);
    if (!user) throw new OAuthError('invalid_grant', 'expired access/refresh token');
    return tokenReply(ctx, user);
  },
  [JWT_BEARER]: (ctx, form) => tokenReply(ctx, userFromAssertion(ctx, form.get('assertion'))),
};

/** `POST /services/oauth2/token` (form-encoded). Token requests are not counted as API calls. */
export function handleToken(ctx: EmulatorContext, call: IncomingCall): RouteOutcome {
  const form = new URLSearchParams(call.body);
  const grantType = form.get('grant_type') ?? '';
  const base = { api: 'oauth' as const, counted: false, operation: grantType || undefined };
  if (call.method !== 'POST') {
    return { ...base, reply: new OAuthError('invalid_request', 'must use HTTP POST').reply() };
  }
  const grant = Object.hasOwn(grants, grantType) ? grants[grantType] : undefined;
  if (!grant) return { ...base, reply: new OAuthError('unsupported_grant_type', 'grant type not supported').reply() };
  try {
    return { ...base, reply: grant(ctx, form) };
  } catch (error) {
    if (error instanceof OAuthError) return { ...base, reply: error.reply() };
    return { ...base, reply: jsonReply(500, { error: 'server_error', error_description: 'internal server error' }) };
  }
}

/** `POST /services/oauth2/revoke` with `token=`: ends an access or refresh token. */
export function handleRevoke(ctx: EmulatorContext, call: IncomingCall): RouteOutcome {
  const form = new URLSearchParams(call.method === 'POST' ? call.body : call.query.toString());
  const revoked = ctx.sessions.revoke(form.get('token') ?? '');
  const reply = revoked
    ? { status: 200, headers: {} }
    : new OAuthError('unsupported_token_type', 'this token type is not supported').reply();
  return { reply, api: 'oauth', counted: false, operation: 'revoke' };
}
