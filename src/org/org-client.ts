import type { Connection, Schema } from 'jsforce';
import { HttpApi } from 'jsforce/lib/http-api.js';
import { CollectError } from '../errors.js';
import { type AnswerSeen, describeAnswer, isExpectedType } from './answer-seen.js';
import { type ApiUsage, parseLimitInfo } from './api-usage.js';
import { AttemptFailure, fatalFailure, finalFailure, isTransient, MalformedResponse } from './failures.js';
import { readMetadataOnce, updateMetadataOnce } from './metadata-soap.js';
import { DEFAULT_RETRY_POLICY, DeadlineExceeded, RetriesExhausted, type RetryPolicy, withRetries } from './retry-policy.js';
import { describeSalesforceError } from './salesforce-error.js';
import { settleWithin } from './settle-within.js';

/** The connection the auth layer opens; only this folder and `src/auth` look inside it. */
export type OrgConnection = Connection;

/** Retry and timeout settings (see retry-policy.ts); `timeoutMs` is the CLI's --timeout; `maxCalls` its --max-api-calls. */
export type OrgClientOptions = Partial<RetryPolicy> & { maxCalls?: number };

export interface Subrequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  referenceId: string;
  body?: unknown;
}

export interface SubResponse {
  referenceId: string;
  httpStatusCode: number;
  body: unknown;
}

type Api = HttpApi<Schema>;
type Request = { method: 'GET' | 'POST'; url: string; body?: string; headers?: Record<string, string> };

/** The fixer's writes may take longer than a read (200 records in one collection); they still never outlive the deadline. */
const WRITE_TIMEOUT_MS = 120_000;

/**
 * The one door to an org, for reads and writes. Counts every API call it sends, keeps the org's API
 * usage from `Sforce-Limit-Info`, retries reads on its own policy (jsforce's 15.5-second schedule never
 * runs: `retry: {maxRetries: 0}`), never retries a write, holds every call to one deadline (--timeout)
 * from its first call, lets jsforce refresh an expired session at most once per call, and turns failures
 * into our errors: AuthError and CollectError end the run; anything else (a ReadFailure, a Salesforce
 * error such as INSUFFICIENT_ACCESS) is for the caller to record.
 */
export class OrgClient {
  apiCalls = 0;
  /** Calls among `apiCalls` that change the org. */
  writes = 0;
  /** Attempts repeated after a transient failure. */
  retries = 0;
  /** The org's daily API usage after the last answer that reported it. */
  apiUsage?: ApiUsage;
  readonly policy: RetryPolicy;
  private readonly maxCalls?: number;
  private deadline?: number;

  constructor(
    readonly connection: OrgConnection,
    { maxCalls, ...options }: OrgClientOptions = {},
  ) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options };
    this.maxCalls = maxCalls;
  }

  get instanceUrl(): string {
    return this.connection.instanceUrl;
  }

  get apiVersion(): string {
    return this.connection.version;
  }

  /** `/services/data/vNN.0`, the prefix of composite subrequest URLs. */
  get dataPath(): string {
    return `/services/data/v${this.apiVersion}`;
  }

  get reads(): number {
    return this.apiCalls - this.writes;
  }

  /** Calls left under --max-api-calls; Infinity without a cap. */
  get callsLeft(): number {
    return this.maxCalls === undefined ? Infinity : this.maxCalls - this.apiCalls;
  }

  async get<T>(url: string): Promise<T> {
    return this.send<T>({ method: 'GET', url }, 'read');
  }

  /** A POST is retried only when it cannot change the org: a composite made of GET subrequests. */
  async post<T>(url: string, body: unknown): Promise<T> {
    const request = { method: 'POST' as const, url, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
    return this.send<T>(request, isReadOnlyComposite(url, body) ? 'read' : 'write');
  }

  /** One composite request that changes the org, sent once. */
  async compositeWrite(subrequests: Subrequest[], allOrNone: boolean): Promise<SubResponse[]> {
    const body = JSON.stringify({ allOrNone, compositeRequest: subrequests });
    const request = { method: 'POST' as const, url: '/composite', body, headers: { 'content-type': 'application/json' } };
    const response = await this.send<{ compositeResponse: SubResponse[] }>(request, 'write', WRITE_TIMEOUT_MS);
    return response.compositeResponse;
  }

  /** Metadata API readMetadata of one component (a read, so retried). */
  async readMetadata(type: string, fullName: string): Promise<Record<string, unknown>> {
    return this.attempts('soap', 'read', 'Metadata API readMetadata', (options, track) =>
      readMetadataOnce(this.connection, type, fullName, options, track),
    );
  }

  /** Metadata API updateMetadata of one component (a write: sent once). */
  async updateMetadata(type: string, component: Record<string, unknown>): Promise<{ success: boolean; error?: string }> {
    const result = await this.attempts(
      'soap',
      'write',
      'Metadata API updateMetadata',
      (options, track) => updateMetadataOnce(this.connection, type, component, options, track),
      WRITE_TIMEOUT_MS,
    );
    const ok = result.success === true || result.success === 'true';
    return ok ? { success: true } : { success: false, error: describeSalesforceError(result.errors) };
  }

  private send<T>(request: Request, kind: 'read' | 'write', requestTimeoutMs?: number): Promise<T> {
    return this.attempts(
      'rest',
      kind,
      endpointOf(request.method, request.url),
      async (options, track) => {
        const api = track(new HttpApi(this.connection, options));
        const body = await api.request<T>({ ...request, url: this.connection._normalizeUrl(request.url) });
        if (typeof body === 'string') throw new MalformedResponse('the answer is not valid JSON');
        return body;
      },
      requestTimeoutMs,
    );
  }

  /**
   * Runs a call under the retry policy (reads) or once (writes); `requestTimeoutMs` overrides the
   * policy's per-attempt timeout. `track` wires an HttpApi for this
   * attempt: it records the last HTTP status and the API usage, and limits jsforce's session refresh
   * to one per attempt (jsforce would otherwise refresh and replay for as long as the org answers 401).
   */
  private async attempts<T>(
    api: 'rest' | 'soap',
    kind: 'read' | 'write',
    endpoint: string,
    call: (options: object, track: <A extends Api>(a: A) => A) => Promise<T>,
    requestTimeoutMs?: number,
  ): Promise<T> {
    this.deadline ??= this.policy.clock.now() + this.policy.timeoutMs;
    const count = () => {
      this.apiCalls += 1;
      if (kind === 'write') this.writes += 1;
    };
    const attempt = async (timeoutMs: number, n: number): Promise<T> => {
      if (this.maxCalls !== undefined && this.apiCalls >= this.maxCalls) {
        throw new CollectError(`stopped after ${this.apiCalls} API calls: the run would need more than --max-api-calls ${this.maxCalls}`);
      }
      count();
      if (n > 1) this.retries += 1;
      let answer: AnswerSeen | undefined;
      const track = <A extends Api>(a: A): A => {
        a.on('response', (response: { statusCode: number; headers?: Record<string, unknown>; body?: unknown }) => {
          const contentType = response.headers?.['content-type'];
          answer = {
            status: response.statusCode,
            contentType: typeof contentType === 'string' ? contentType : undefined,
            body: typeof response.body === 'string' ? response.body : undefined,
          };
          this.apiUsage = parseLimitInfo(response.headers?.['sforce-limit-info']) ?? this.apiUsage;
        });
        limitRefresh(a, count);
        return a;
      };
      try {
        // jsforce's timeout covers the headers only; settleWithin covers the whole answer (a reset mid-body)
        const result = await settleWithin(call({ retry: { maxRetries: 0 }, timeout: timeoutMs }, track), timeoutMs);
        if (answer && answer.status !== 204 && !answer.body?.trim()) throw new MalformedResponse('an empty answer');
        if (answer && answer.status !== 204 && !isExpectedType(answer, api === 'rest' ? 'json' : 'xml'))
          throw new MalformedResponse(`not the ${api === 'rest' ? 'JSON' : 'XML'} answer asked for`);
        return result;
      } catch (error) {
        const seen =
          error instanceof MalformedResponse && answer ? new MalformedResponse(`${error.message} (${describeAnswer(answer)})`) : error;
        throw new AttemptFailure(seen, api, timeoutMs, answer?.status, endpoint);
      }
    };
    // A read's attempt gets at most a third of --timeout, so a stalled answer still leaves time to retry; a
    // write's at most half, so a stalled write still leaves time to undo what the run changed before it.
    const perAttempt = Math.min(requestTimeoutMs ?? this.policy.requestTimeoutMs, attemptCap(kind, this.policy.timeoutMs));
    const policy = { ...this.policy, requestTimeoutMs: perAttempt };
    try {
      return await withRetries(attempt, {
        policy,
        deadline: this.deadline,
        retry: kind === 'read',
        isTransient: (failure) =>
          !(failure instanceof CollectError) && !fatalFailure(failure as AttemptFailure) && isTransient(failure as AttemptFailure),
      });
    } catch (thrown) {
      throw this.classify(thrown, kind, endpoint);
    }
  }

  private classify(thrown: unknown, kind: 'read' | 'write', endpoint: string): unknown {
    if (thrown instanceof CollectError) return thrown;
    if (thrown instanceof DeadlineExceeded) {
      const last = thrown.lastError
        ? `; last failure: ${finalFailure(thrown.lastError as AttemptFailure, 1, this.instanceUrl).message}`
        : ` (waiting for ${endpoint})`;
      const message = `could not finish ${kind === 'read' ? 'reading' : 'writing to'} ${this.instanceUrl} within the ${seconds(thrown.timeoutMs)} s deadline (--timeout)${last}`;
      return new CollectError(message, { cause: thrown });
    }
    const attempts = thrown instanceof RetriesExhausted ? thrown.attempts : 1;
    const failure = (thrown instanceof RetriesExhausted ? thrown.lastError : thrown) as AttemptFailure;
    if (!failure || typeof failure !== 'object' || !('api' in failure)) return thrown;
    const fatal = fatalFailure(failure);
    if (fatal) return fatal;
    // A plain Salesforce answer to a read (INSUFFICIENT_ACCESS, INVALID_FIELD …) stays as jsforce threw it, for
    // the collector to record; a write refused as a whole ends the run (it was sent once, never retried).
    if (attempts === 1 && !isTransient(failure)) {
      if (kind === 'read') return withEndpoint(failure.error, failure.endpoint);
      const refused = finalFailure(failure, 1, this.instanceUrl).message;
      return new CollectError(`the org refused a write: ${refused}; it was sent once, not retried`, { cause: failure.error });
    }
    return finalFailure(failure, attempts, this.instanceUrl);
  }
}

/** Lets jsforce refresh an expired session once for this HttpApi; a second 401 becomes an error. */
function limitRefresh(api: Api, onRefresh: () => void): void {
  const expired = api.isSessionExpired.bind(api);
  let refreshed = false;
  api.isSessionExpired = (response) => {
    if (!expired(response) || refreshed || !api.getRefreshDelegate()) return false;
    refreshed = true;
    onRefresh(); // the replayed request is one more API call
    return true;
  };
}

/**
 * A Salesforce refusal of a read, kept as jsforce threw it (its errorCode is what the collector looks at),
 * with the endpoint named at the end of its message.
 */
function withEndpoint(error: unknown, endpoint: string | undefined): unknown {
  if (!endpoint || !(error instanceof Error)) return error;
  const named = Object.assign(Object.create(Object.getPrototypeOf(error) as object) as Error, error);
  named.message = `${error.message} (on ${endpoint})`;
  named.stack = error.stack;
  return named;
}

/** An attempt's share of the overall deadline: a third for a read, half for a write, never under a second. */
const attemptCap = (kind: 'read' | 'write', timeoutMs: number): number =>
  Math.max(1_000, Math.floor(timeoutMs / (kind === 'read' ? 3 : 2)));

/** `GET /query`, `POST /composite`, `GET /tooling/query`: the endpoint without the version prefix or query string. */
function endpointOf(method: string, url: string): string {
  const path = url
    .replace(/^https?:\/\/[^/]+/, '')
    .split('?')[0]
    .replace(/^\/services\/data\/v\d+\.\d/, '');
  return `${method} ${path.replace(/\/(01g|0r8)\w+-\d+$/, '/<locator>')}`;
}

const seconds = (ms: number): string => String(ms >= 10_000 ? Math.round(ms / 1000) : Math.round(ms / 100) / 10);

function isReadOnlyComposite(url: string, body: unknown): boolean {
  const subrequests = (body as { compositeRequest?: Array<{ method?: string }> })?.compositeRequest;
  return /\/composite\/?$/.test(url) && Array.isArray(subrequests) && subrequests.every((sub) => sub.method === 'GET');
}
