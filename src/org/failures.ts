import { AuthError, CollectError } from '../errors.js';
import { codeAndMessage, withoutNamespace } from './salesforce-error.js';

/** One failed attempt: what jsforce threw, with the HTTP status of the last response seen (none: no answer). */
export class AttemptFailure extends Error {
  constructor(
    readonly error: unknown,
    readonly api: 'rest' | 'soap',
    readonly timeoutMs: number,
    readonly status?: number,
    /** `GET /query`, `Metadata API readMetadata`: named in the final message. */
    readonly endpoint?: string,
  ) {
    super('one attempt failed', { cause: error });
  }
}

/** A body that is not the JSON or XML document it claims to be (truncated, malformed). */
export class MalformedResponse extends Error {
  readonly errorCode = 'MALFORMED_RESPONSE';
}

/** A read that kept failing; not an AuditError, so the collector records it as unreadable and goes on. */
export class ReadFailure extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = errorCode;
  }
}

/** The org cannot be reached at all: no use trying other reads (or logins). */
export const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EHOSTDOWN', 'EAI_AGAIN']);
/** A connection that broke or timed out: worth another attempt. */
export const FLAKY = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'UND_ERR_SOCKET', 'ERR_STREAM_PREMATURE_CLOSE']);
const SERVER_FAULTS = new Set(['UNKNOWN_EXCEPTION', 'SERVER_UNAVAILABLE']);

const codeOf = (error: unknown): string | undefined => {
  const e = error as { errorCode?: string; name?: string };
  return (e?.errorCode ?? e?.name)?.replace(/^[a-z]+:/i, '');
};
const networkCode = (error: unknown): string | undefined => {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code ?? e?.cause?.code;
};
const isTimeout = (error: unknown): boolean => (error as { name?: string })?.name === 'AbortError';

/** Failures that end the whole audit, as typed errors with a one-line message naming the endpoint; undefined for the rest. */
export function fatalFailure(failure: AttemptFailure): AuthError | CollectError | undefined {
  const fatal = fatalError(failure);
  if (!fatal || !failure.endpoint) return fatal;
  const Type = fatal instanceof AuthError ? AuthError : CollectError;
  return new Type(`${fatal.message} (on ${failure.endpoint})`, { cause: fatal.cause });
}

function fatalError(failure: AttemptFailure): AuthError | CollectError | undefined {
  const { error } = failure;
  const code = codeOf(error);
  const message = (error as { message?: string })?.message ?? '';
  if (code === 'INVALID_SESSION_ID') {
    return new AuthError(
      'the org refused the session (INVALID_SESSION_ID): the access token is invalid or expired and could not be refreshed; log in again',
      { cause: error },
    );
  }
  if (/Unable to refresh session/i.test(message)) {
    return new AuthError(
      `the session expired and could not be refreshed (${firstLine(message.replace(/^.*?due to:\s*/i, ''))}); log in again`,
      { cause: error },
    );
  }
  if (code === 'REQUEST_LIMIT_EXCEEDED' && failure.status !== 429) {
    return new CollectError(
      `the org's daily API request limit is used up (REQUEST_LIMIT_EXCEEDED: ${firstLine(withoutCode(message, code))}); try again once calls are available`,
      { cause: error },
    );
  }
  return undefined;
}

/** Failures worth another attempt: no answer, a cut connection, a server-side error, a broken body. */
export function isTransient(failure: AttemptFailure): boolean {
  const { error, status } = failure;
  if (error instanceof MalformedResponse || isTimeout(error)) return true;
  const net = networkCode(error);
  if (net && (UNREACHABLE.has(net) || FLAKY.has(net))) return true;
  if (/socket hang up|fetch failed/i.test((error as { message?: string })?.message ?? '')) return true;
  if (status === undefined) return false;
  const code = codeOf(error) ?? '';
  // Every SOAP fault is HTTP 500: only server faults and unparseable 5xx bodies are transient there.
  if (failure.api === 'soap' && status === 500) return SERVER_FAULTS.has(code) || code.startsWith('ERROR_HTTP_');
  return status >= 500 || status === 429;
}

/** After the last attempt: unreachable → CollectError (whole run); anything else → ReadFailure (this read only). */
export function finalFailure(failure: AttemptFailure, attempts: number, instanceUrl: string): CollectError | ReadFailure {
  const net = networkCode(failure.error);
  if (net && UNREACHABLE.has(net)) return new CollectError(`could not reach ${instanceUrl} (${net})`, { cause: failure.error });
  const tries = attempts > 1 ? ` (gave up after ${attempts} attempts)` : '';
  const where = failure.endpoint ? ` on ${failure.endpoint}` : '';
  return new ReadFailure(failureCode(failure), `${describeFailure(failure)}${where}${tries}`, { cause: failure.error });
}

function failureCode(failure: AttemptFailure): string {
  if (isTimeout(failure.error)) return 'TIMEOUT';
  if (failure.error instanceof MalformedResponse) return failure.error.errorCode;
  const code = networkCode(failure.error) ?? codeOf(failure.error);
  return code && !isErrorPage(failure.error) ? code : `HTTP_${failure.status ?? 0}`;
}

/** One line, no response body dumps (an HTML error page would otherwise land in the report). */
function describeFailure(failure: AttemptFailure): string {
  const { error, status } = failure;
  if (isTimeout(error)) return `TIMEOUT: no answer within ${failure.timeoutMs} ms`;
  if (error instanceof MalformedResponse) return `MALFORMED_RESPONSE: ${error.message}`;
  const net = networkCode(error);
  if (net)
    return `${net}: the connection failed (${firstLine((error as Error).message ?? '').replace(/^request to \S+ failed, reason:\s*/, '')})`;
  const code = codeOf(error);
  if (!code || isErrorPage(error)) return `HTTP_${status ?? 0}: the org answered HTTP ${status ?? '?'} with an error page`;
  return `${codeAndMessage(code, firstLine(withoutCode((error as Error).message ?? '', code)))}${status ? ` (HTTP ${status})` : ''}`;
}

const isErrorPage = (error: unknown): boolean =>
  (codeOf(error) ?? '').startsWith('ERROR_HTTP_') || /html content/.test((error as Error)?.message ?? '');

/** SOAP fault strings repeat their code: `REQUEST_LIMIT_EXCEEDED: TotalRequests …`. */
const withoutCode = (message: string, code: string): string => {
  const bare = `${withoutNamespace(code)}: `;
  return message.startsWith(bare) ? message.slice(bare.length) : message;
};

function firstLine(text: string): string {
  const line = text.split('\n')[0].trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
