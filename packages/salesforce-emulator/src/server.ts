import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPublicKey, randomBytes } from 'node:crypto';
import type { OrgData } from './org-data.js';
import { createRequestListener } from './http/serve.js';
import { DEFAULT_SERVER_TIMING, type ServerTiming } from './http/server-time.js';
import { FaultPlan, guardOrgData, type FaultRule } from './faults/index.js';
import type { RequestLogEntry } from './http/request-log.js';
import { CursorStore, DEFAULT_CURSOR_TTL_MS } from './paging/cursor-store.js';
import { generatePassword } from './session/credentials.js';
import { defaultLoginUser, findActiveUser, FALLBACK_USER } from './session/org-users.js';
import { SessionStore } from './session/tokens.js';
import { ApiUsage } from './routes/api-usage.js';
import type { EmulatorContext } from './routes/context.js';
import { route } from './routes/top-level.js';

export type { RequestLogEntry } from './http/request-log.js';
export type { ServerTiming, ServerWork } from './http/server-time.js';
export type { FaultAction, FaultRule, FiredFault } from './faults/index.js';

export interface EmulatorOptions {
  orgData: OrgData;
  /** 0 (default) picks a free port. The host is always 127.0.0.1. */
  port?: number;
  /** The old timing model: the same delay before every response, in milliseconds, whatever it holds. */
  latencyMs?: number;
  /**
   * The server-time model instead (http/server-time.ts): round trip per HTTP request plus server time per
   * (sub)request and per thousand rows; what is left out takes DEFAULT_SERVER_TIMING's value.
   */
  timing?: Partial<ServerTiming>;
  /** Query page size (default 2000); `Sforce-Query-Options: batchSize` may lower it, never raise it. */
  pageSize?: number;
  /** Newest API version served (default 64.0); every version from 31.0 up to it is accepted (older ones answer 410). */
  apiVersion?: string;
  /** Login username; defaults to the first active System Administrator, else admin@emulator.local. */
  username?: string;
  /** Login password; random per start unless given. */
  password?: string;
  /** When set, `password + securityToken` is accepted too. */
  securityToken?: string;
  /** Daily API request allocation (default 100000). */
  dailyApiLimit?: number;
  /** OAuth client: checked when given (`client_id`, `client_secret`; JWT `iss`). */
  clientId?: string;
  clientSecret?: string;
  /** PEM public key that verifies JWT bearer assertions (RS256). JWT bearer is refused without it. */
  jwtPublicKey?: string;
  /** Inactivity after which a query cursor is gone (default 15 minutes, as on Salesforce). */
  queryCursorTtlMs?: number;
  /** Faults to inject from the first request on (see docs/faults.md). */
  faults?: FaultRule[];
}

export interface RunningEmulator {
  instanceUrl: string;
  loginUrl: string;
  /** A session for the login user, issued at start. */
  accessToken: string;
  /** A refresh token for the login user, for testing `grant_type=refresh_token`. */
  refreshToken: string;
  username: string;
  password: string;
  organizationId: string;
  userId: string;
  port: number;
  stats: { apiCalls: number; requests: RequestLogEntry[] };
  /** Fault injection, changeable mid-run: `faults.add(rule)`, `faults.clear()`, `faults.fired`. */
  faults: FaultPlan;
  /** Invalidates every current access token, so the next call gets 401 / sf:INVALID_SESSION_ID. */
  expireSessions(): void;
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  if (options.timing && options.latencyMs !== undefined) throw new Error('latencyMs and timing are two timing models: give one');
  const faults = new FaultPlan(options.faults, () => ctx.sessions.expireAll());
  const org = guardOrgData(options.orgData, faults);
  const loginUser = options.username
    ? (findActiveUser(org, options.username) ?? { ...FALLBACK_USER, username: options.username })
    : defaultLoginUser(org);
  const ctx: EmulatorContext = {
    org,
    sessions: new SessionStore(org.organizationId),
    cursors: new CursorStore(options.queryCursorTtlMs ?? DEFAULT_CURSOR_TTL_MS),
    credentials: { username: loginUser.username, password: options.password ?? generatePassword(), securityToken: options.securityToken },
    loginUser,
    usage: new ApiUsage(options.dailyApiLimit ?? 100_000),
    settings: {
      apiVersion: options.apiVersion ?? '64.0',
      pageSize: options.pageSize ?? 2000,
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      jwtPublicKey: options.jwtPublicKey ? createPublicKey(options.jwtPublicKey) : undefined,
    },
    origin: '',
    signingSecret: randomBytes(32),
  };
  const requests: RequestLogEntry[] = [];
  const server = createServer(
    createRequestListener({
      route: (call) => route(ctx, call),
      intercept: faults.intercept,
      latencyMs: options.latencyMs ?? 0,
      timing: options.timing && { ...DEFAULT_SERVER_TIMING, ...options.timing },
      log: (e) => requests.push(e),
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  ctx.origin = `http://127.0.0.1:${port}`;
  const sessionUser = { userId: loginUser.userId, username: loginUser.username };
  return {
    instanceUrl: ctx.origin,
    loginUrl: ctx.origin,
    accessToken: ctx.sessions.issue(sessionUser),
    refreshToken: ctx.sessions.issueRefreshToken(sessionUser),
    username: ctx.credentials.username,
    password: ctx.credentials.password,
    organizationId: org.organizationId,
    userId: loginUser.userId,
    port,
    stats: {
      get apiCalls() {
        return ctx.usage.used;
      },
      requests,
    },
    faults,
    expireSessions: () => ctx.sessions.expireAll(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
