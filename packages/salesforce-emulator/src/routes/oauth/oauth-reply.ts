import { createHmac } from 'node:crypto';
import { jsonReply, type HttpReply } from '../../http/reply.js';
import type { SessionUser } from '../../session/tokens.js';
import type { EmulatorContext } from '../context.js';

/** An OAuth failure: `{error, error_description}`, HTTP 400 unless said otherwise. */
export class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
    readonly status = 400,
  ) {
    super(description);
  }

  reply(): HttpReply {
    return jsonReply(this.status, { error: this.error, error_description: this.description });
  }
}

export const authenticationFailure = () => new OAuthError('invalid_grant', 'authentication failure');

/** The token response (§2.2): a fresh opaque access token for the user; `signature` = HMAC(id + issued_at). */
export function tokenReply(ctx: EmulatorContext, user: SessionUser, refreshToken?: string): HttpReply {
  const id = `${ctx.origin}/id/${ctx.org.organizationId}/${user.userId}`;
  const issuedAt = String(Date.now());
  const signature = createHmac('sha256', ctx.signingSecret)
    .update(id + issuedAt)
    .digest('base64');
  const body: Record<string, string> = {
    access_token: ctx.sessions.issue(user),
    ...(refreshToken ? { refresh_token: refreshToken } : {}),
    signature,
    scope: 'api web refresh_token',
    instance_url: ctx.origin,
    id,
    token_type: 'Bearer',
    issued_at: issuedAt,
  };
  return jsonReply(200, body, { 'Cache-Control': 'no-cache,must-revalidate,max-age=0,no-store,private' });
}

/** When the emulator was given a client id/secret, the request must match; otherwise any non-empty id. */
export function checkClient(ctx: EmulatorContext, form: URLSearchParams, secretRequired: boolean): void {
  const clientId = form.get('client_id');
  if (!clientId || (ctx.settings.clientId !== undefined && clientId !== ctx.settings.clientId)) {
    throw new OAuthError('invalid_client_id', 'client identifier invalid');
  }
  const secret = form.get('client_secret');
  if (ctx.settings.clientSecret !== undefined && (secretRequired || secret !== null) && secret !== ctx.settings.clientSecret) {
    throw new OAuthError('invalid_client', 'invalid client credentials');
  }
}
