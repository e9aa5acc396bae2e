import { randomBytes } from 'node:crypto';

/** Who a session belongs to. */
export interface SessionUser {
  userId: string;
  username: string;
}

/**
 * Access and refresh tokens of the emulated org. Access tokens are opaque, shaped like Salesforce
 * session ids (`<15-char org id>!AQ0AQ…`), never JWTs: jsforce refuses SOAP with JWT-shaped tokens.
 */
export class SessionStore {
  private readonly access = new Map<string, SessionUser>();
  private readonly refresh = new Map<string, SessionUser>();

  constructor(private readonly organizationId: string) {}

  issue(user: SessionUser): string {
    const token = `${this.organizationId.slice(0, 15)}!AQ0AQ${randomBytes(48).toString('base64url')}`;
    this.access.set(token, user);
    return token;
  }

  issueRefreshToken(user: SessionUser): string {
    const token = `5Aep861${randomBytes(40).toString('base64url')}`;
    this.refresh.set(token, user);
    return token;
  }

  lookup(token: string | undefined): SessionUser | undefined {
    return token ? this.access.get(token) : undefined;
  }

  lookupRefreshToken(token: string | undefined): SessionUser | undefined {
    return token ? this.refresh.get(token) : undefined;
  }

  /** Logout or OAuth revoke: a revoked refresh token also ends nothing else; an access token ends itself. */
  revoke(token: string): boolean {
    return this.access.delete(token) || this.refresh.delete(token);
  }

  /** Invalidates every current access token (refresh tokens stay valid, as after a session timeout). */
  expireAll(): void {
    this.access.clear();
  }
}
