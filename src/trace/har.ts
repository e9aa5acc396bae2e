import type { HttpExchange } from './exchange.js';
import { redactBody, redactHeaders, redactUrl } from './redact-trace.js';

/** The parts of HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) a trace holds; `har-schema.ts` pins them. */
export interface Har {
  log: { version: '1.2'; creator: { name: string; version: string }; entries: HarEntry[] };
}

interface NameValue {
  name: string;
  value: string;
}

export interface HarEntry {
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    headers: NameValue[];
    queryString: NameValue[];
    cookies: NameValue[];
    headersSize: -1;
    bodySize: number;
    postData?: { mimeType: string; text: string };
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    headers: NameValue[];
    cookies: NameValue[];
    content: { size: number; mimeType: string; text: string };
    redirectURL: string;
    headersSize: -1;
    bodySize: number;
    /** HAR's custom-field convention: why no answer came (connection refused, timeout). */
    _error?: string;
  };
  cache: Record<string, never>;
  timings: { send: number; wait: number; receive: number };
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  300: 'Multiple Choices',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  414: 'URI Too Long',
  420: 'Method Failure',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** A HAR 1.2 log of the exchanges, in the order they were sent, every secret redacted. */
export function harOf(exchanges: readonly HttpExchange[], creator: { name: string; version: string }): Har {
  const entries = [...exchanges].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime()).map(harEntry);
  return { log: { version: '1.2', creator, entries } };
}

function harEntry(exchange: HttpExchange): HarEntry {
  const { request, response } = exchange;
  const time = Math.round(exchange.durationMs * 10) / 10;
  const url = redactUrl(request.url);
  const requestBody = request.body === undefined ? undefined : redactBody(request.body);
  const responseBody = response ? redactBody(response.body) : '';
  return {
    startedDateTime: exchange.startedAt.toISOString(),
    time,
    request: {
      method: request.method,
      url,
      httpVersion: 'HTTP/1.1',
      headers: pairs(redactHeaders(request.headers)),
      queryString: queryOf(url),
      cookies: [],
      headersSize: -1,
      // Sizes are those of what was sent and received (decoded), not of the redacted text.
      bodySize: request.body === undefined ? 0 : Buffer.byteLength(request.body),
      ...(requestBody === undefined ? {} : { postData: { mimeType: mimeOf(request.headers), text: requestBody } }),
    },
    response: {
      status: response?.status ?? 0,
      statusText: response ? (STATUS_TEXT[response.status] ?? '') : '',
      httpVersion: 'HTTP/1.1',
      headers: pairs(redactHeaders(response?.headers ?? {})),
      cookies: [],
      content: { size: response ? Buffer.byteLength(response.body) : 0, mimeType: mimeOf(response?.headers ?? {}), text: responseBody },
      redirectURL: response?.headers.location ?? '',
      headersSize: -1,
      // Unknown: jsforce hands over the decoded (possibly gunzipped) body, not the bytes on the wire.
      bodySize: -1,
      ...(exchange.error ? { _error: redactBody(exchange.error) } : {}),
    },
    cache: {},
    timings: { send: 0, wait: time, receive: 0 },
  };
}

const pairs = (headers: Record<string, string>): NameValue[] => Object.entries(headers).map(([name, value]) => ({ name, value }));

function queryOf(url: string): NameValue[] {
  const query = url.indexOf('?');
  if (query < 0) return [];
  return [...new URLSearchParams(url.slice(query + 1))].map(([name, value]) => ({ name, value: redactBody(value) }));
}

function mimeOf(headers: Record<string, string>): string {
  const entry = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type');
  return entry?.[1] ?? '';
}
