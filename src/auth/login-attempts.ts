import { AuthError } from '../errors.js';
import { describeAnswer } from '../org/answer-seen.js';
import { FLAKY, UNREACHABLE } from '../org/failures.js';
import { codeAndMessage } from '../org/salesforce-error.js';
import { backoffDelay, DEFAULT_RETRY_POLICY } from '../org/retry-policy.js';
import { NoAnswerInTime, settleWithin } from '../org/settle-within.js';

/** What a login failure looks like from jsforce: a network code, an HTTP error, or a body it could not parse. */
type LoginError = { name?: string; message?: string; code?: string; errorCode?: string; statusCode?: number; data?: unknown };

/**
 * A login (partner SOAP `login` or the OAuth token endpoint) within `timeoutMs`: each attempt settles
 * (a reset in the middle of the answer would otherwise leave jsforce's promise pending for ever), and
 * transient failures (no answer, a cut connection, a 5xx, a body that is not the answer) are tried again
 * while time is left. A login does not change the org, so trying it again is safe. A refusal (bad
 * password, invalid grant, 401, 403) is not retried. Every failure ends as one AuthError line naming the
 * endpoint (`what`) and what came back.
 */
export async function loginWithin(login: () => Promise<unknown>, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const perAttempt = Math.max(1_000, Math.floor(timeoutMs / 3));
  for (let failures = 0; ; failures += 1) {
    const left = deadline - Date.now();
    try {
      await settleWithin(login(), Math.min(perAttempt, left));
      return;
    } catch (error) {
      const e = error as LoginError;
      if (e.code && UNREACHABLE.has(e.code)) throw new AuthError(`${what}: could not reach the login server (${e.code})`);
      const wait = backoffDelay(failures + 1, DEFAULT_RETRY_POLICY);
      const last = failures + 1 >= DEFAULT_RETRY_POLICY.maxAttempts || Date.now() + wait >= deadline;
      if (!isTransient(e) || last)
        throw new AuthError(`${what} failed: ${describeLoginError(e)}${failures ? ` (gave up after ${failures + 1} attempts)` : ''}`);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

function isTransient(e: LoginError): boolean {
  if (e instanceof NoAnswerInTime || e.name === 'AbortError') return true;
  if (e.code && FLAKY.has(e.code)) return true;
  if (
    /socket hang up|premature close|Unexpected end|not well-formed|Unclosed root|Non-whitespace|invalid json|Unexpected token|no session/i.test(
      e.message ?? '',
    )
  )
    return true;
  const status = statusOf(e);
  return status !== undefined && (status >= 500 || status === 429);
}

function statusOf(e: LoginError): number | undefined {
  const fromCode = /^ERROR_HTTP_(\d{3})$/.exec(e.errorCode ?? e.name ?? '')?.[1];
  return fromCode ? Number(fromCode) : typeof e.statusCode === 'number' ? e.statusCode : undefined;
}

/** One line: the error's first line, an HTML page reduced to its title; never a token or a password. */
function describeLoginError(e: LoginError): string {
  if (e instanceof NoAnswerInTime) return `TIMEOUT: ${e.message}`;
  const message = e.message ?? e.name ?? 'unknown error';
  const status = statusOf(e);
  if (/<html|<!DOCTYPE/i.test(message)) return describeAnswer({ status: status ?? 0, contentType: 'text/html', body: message });
  const line = message.split('\n')[0].trim();
  return codeAndMessage(e.code ?? e.errorCode, line.length > 200 ? `${line.slice(0, 200)}…` : line);
}
