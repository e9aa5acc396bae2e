import type { ServerWork } from './server-time.js';

/** Which API surface a request reached. */
export type ApiKind = 'versions' | 'rest' | 'tooling' | 'metadata-soap' | 'partner-soap' | 'oauth' | 'identity' | 'unknown';

/** One served request, as recorded for tests. Never holds headers, bodies, tokens or passwords. */
export interface RequestLogEntry {
  method: string;
  /** Path with query string; secret-bearing query parameters are redacted. */
  path: string;
  api: ApiKind;
  /** Whether the request counted against the daily API limit. */
  counted: boolean;
  status: number;
  /** SOAP operation (e.g. readMetadata) or OAuth grant type, when there is one. */
  operation?: string;
  /** What it made the server do (REST requests run, rows examined and returned). */
  work: ServerWork;
}

const SECRET_PARAMS = ['oauth_token', 'access_token', 'refresh_token', 'token', 'password', 'client_secret', 'assertion', 'code'];

/** Replaces the values of secret-bearing query parameters (keeping the rest byte for byte). */
export function redactPath(rawUrl: string): string {
  const q = rawUrl.indexOf('?');
  if (q < 0) return rawUrl;
  const query = rawUrl
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const name = decodeURIComponent(pair.split('=')[0] ?? '').toLowerCase();
      return SECRET_PARAMS.includes(name) ? `${pair.split('=')[0]}=REDACTED` : pair;
    })
    .join('&');
  return `${rawUrl.slice(0, q)}?${query}`;
}
