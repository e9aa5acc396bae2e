import type { KeyObject } from 'node:crypto';
import type { OrgData } from '../org-data.js';
import type { CursorStore } from '../paging/cursor-store.js';
import type { Credentials } from '../session/credentials.js';
import type { OrgUser } from '../session/org-users.js';
import type { SessionStore } from '../session/tokens.js';
import type { ApiUsage } from './api-usage.js';
import type { HttpReply } from '../http/reply.js';
import type { ApiKind } from '../http/request-log.js';
import type { ServerWork } from '../http/server-time.js';

/** Fixed settings of one emulator run. */
interface EmulatorSettings {
  /** The newest API version served; every version from 20.0 up to it is accepted. */
  apiVersion: string;
  pageSize: number;
  clientId?: string;
  clientSecret?: string;
  jwtPublicKey?: KeyObject;
}

/** Everything a route handler may use. */
export interface EmulatorContext {
  org: OrgData;
  sessions: SessionStore;
  cursors: CursorStore;
  credentials: Credentials;
  loginUser: OrgUser;
  usage: ApiUsage;
  settings: EmulatorSettings;
  /** `http://127.0.0.1:<port>`, known once the server listens. */
  origin: string;
  /** Signs OAuth token responses (`signature`); random per run. */
  signingSecret: Buffer;
}

/** A request as the routes see it: body already read, URL split. */
export interface IncomingCall {
  method: string;
  rawUrl: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  body: string;
  /** Counts what serving this HTTP request takes, for the server-time model. */
  work: ServerWork;
}

/** What a top-level route produced, plus what the request log needs to know. */
export interface RouteOutcome {
  reply: HttpReply;
  api: ApiKind;
  counted: boolean;
  operation?: string;
}
