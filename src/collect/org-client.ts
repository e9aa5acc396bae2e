import type { Connection, Schema } from 'jsforce';
import { HttpApi } from 'jsforce/lib/http-api.js';
import { SOAP } from 'jsforce/lib/soap.js';
import { ApiSchemas } from 'jsforce/lib/api/metadata/schema.js';
import { CollectError } from '../errors.js';
import { type AttemptFailure, fatalFailure, finalFailure, isTransient, MalformedResponse } from './failures.js';
import { DEFAULT_RETRY_POLICY, DeadlineExceeded, RetriesExhausted, type RetryPolicy, withRetries } from './retry-policy.js';

/** A Salesforce error in one piece: `INVALID_FIELD: No such column …`; also a REST error body `[{message, errorCode}]`. */
export function describeApiError(error: unknown): string {
  const e = ((Array.isArray(error) ? error[0] : error) ?? { message: 'unknown error' }) as { errorCode?: string; name?: string; message?: string };
  const code = e.errorCode ?? (e.name && e.name !== 'Error' ? e.name : undefined);
  const message = e.message ?? String(e);
  return code && !message.startsWith(code) ? `${code}: ${message}` : message;
}

/** Retry and timeout settings (see retry-policy.ts); `timeoutMs` is the CLI's --timeout; `maxCalls` its --max-api-calls. */
export type OrgClientOptions = Partial<RetryPolicy> & { maxCalls?: number };

type Api = HttpApi<Schema>;
const METADATA_NS = 'http://soap.sforce.com/2006/04/metadata';

/**
 * The one door the audit uses to talk to an org. Counts every API call it sends, retries reads on its
 * own policy (jsforce's 15.5-second schedule never runs: `retry: {maxRetries: 0}`), never retries a
 * write, lets jsforce refresh an expired session at most once per call, and turns failures into our
 * errors: AuthError and CollectError end the run; anything else (a ReadFailure, a Salesforce error such
 * as INSUFFICIENT_ACCESS) is for the caller to record as unreadable.
 */
export class OrgClient {
  apiCalls = 0;
  /** Attempts repeated after a transient failure. */
  retries = 0;
  readonly policy: RetryPolicy;
  private readonly maxCalls?: number;
  private deadline?: number;

  constructor(readonly connection: Connection, { maxCalls, ...options }: OrgClientOptions = {}) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options };
    this.maxCalls = maxCalls;
  }

  get instanceUrl(): string {
    return this.connection.instanceUrl;
  }

  async get<T>(url: string): Promise<T> {
    return this.send<T>({ method: 'GET', url }, true);
  }

  /** A POST is retried only when it cannot change the org: a composite made of GET subrequests. */
  async post<T>(url: string, body: unknown): Promise<T> {
    const request = { method: 'POST' as const, url, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
    return this.send<T>(request, isReadOnlyComposite(url, body));
  }

  /** Metadata API readMetadata of one component (a read, so retried). */
  async readMetadata(type: string, fullName: string): Promise<Record<string, unknown>> {
    const result = await this.attempts('soap', true, async (options, track) => {
      const endpointUrl = `${this.instanceUrl}/services/Soap/m/${this.connection.version}`;
      const soap = track(new SOAP(this.connection, { xmlns: METADATA_NS, endpointUrl, ...options } as ConstructorParameters<typeof SOAP>[1]));
      const schema = type in ApiSchemas ? { type: ApiSchemas.ReadResult.type, props: { records: [type] } } : ApiSchemas.ReadResult;
      const response = (await soap.invoke('readMetadata', { type, fullNames: fullName }, { result: schema }, ApiSchemas).catch((error: unknown) => {
        // jsforce lets xml2js's parse error of a broken 200 body through as a plain Error ("Unclosed root tag\nLine: 0 …").
        const e = error as { errorCode?: string; message?: string };
        throw !e?.errorCode && /\nLine: \d+/.test(e?.message ?? '') ? new MalformedResponse('the answer is not well-formed XML') : error;
      })) as { result?: { records?: unknown[] } } | undefined;
      if (!response || typeof response !== 'object' || typeof response.result !== 'object') throw new MalformedResponse('the SOAP answer is not a readMetadata response');
      return response.result;
    });
    const { $: _type, ...component } = (result.records?.[0] ?? {}) as Record<string, unknown>;
    return component;
  }

  private send<T>(request: { method: 'GET' | 'POST'; url: string; body?: string; headers?: Record<string, string> }, retry: boolean): Promise<T> {
    return this.attempts('rest', retry, async (options, track) => {
      const api = track(new HttpApi(this.connection, options));
      const body = await api.request<T>({ ...request, url: this.connection._normalizeUrl(request.url) });
      if (typeof body === 'string') throw new MalformedResponse('the answer is not valid JSON');
      return body;
    });
  }

  /**
   * Runs a call under the retry policy. `track` wires an HttpApi for this attempt: it records the last
   * HTTP status and limits jsforce's session refresh to one per attempt (jsforce would otherwise refresh
   * and replay for as long as the org keeps answering 401).
   */
  private async attempts<T>(api: 'rest' | 'soap', retry: boolean, call: (options: object, track: <A extends Api>(a: A) => A) => Promise<T>): Promise<T> {
    this.deadline ??= this.policy.clock.now() + this.policy.timeoutMs;
    const attempt = async (timeoutMs: number, n: number): Promise<T> => {
      if (this.maxCalls !== undefined && this.apiCalls >= this.maxCalls) {
        throw new CollectError(`stopped after ${this.apiCalls} API calls: the run would need more than --max-api-calls ${this.maxCalls}`);
      }
      this.apiCalls += 1;
      if (n > 1) this.retries += 1;
      let status: number | undefined;
      const track = <A extends Api>(a: A): A => {
        a.on('response', (response: { statusCode: number }) => (status = response.statusCode));
        limitRefresh(a, () => (this.apiCalls += 1));
        return a;
      };
      try {
        return await call({ retry: { maxRetries: 0 }, timeout: timeoutMs }, track);
      } catch (error) {
        throw { error, status, api, timeoutMs } satisfies AttemptFailure;
      }
    };
    try {
      return await withRetries(attempt, {
        policy: this.policy, deadline: this.deadline, retry,
        isTransient: (failure) => !(failure instanceof CollectError) && !fatalFailure(failure as AttemptFailure) && isTransient(failure as AttemptFailure),
      });
    } catch (thrown) {
      throw this.classify(thrown);
    }
  }

  private classify(thrown: unknown): unknown {
    if (thrown instanceof CollectError) return thrown;
    if (thrown instanceof DeadlineExceeded) {
      const last = thrown.lastError ? `; last failure: ${finalFailure(thrown.lastError as AttemptFailure, 1, this.instanceUrl).message}` : '';
      return new CollectError(`could not finish reading ${this.instanceUrl} within the ${seconds(thrown.timeoutMs)} s deadline (--timeout)${last}`, { cause: thrown });
    }
    const attempts = thrown instanceof RetriesExhausted ? thrown.attempts : 1;
    const failure = (thrown instanceof RetriesExhausted ? thrown.lastError : thrown) as AttemptFailure;
    if (!failure || typeof failure !== 'object' || !('api' in failure)) return thrown;
    const fatal = fatalFailure(failure);
    if (fatal) return fatal;
    // A plain Salesforce answer (INSUFFICIENT_ACCESS, INVALID_FIELD …) stays as jsforce threw it.
    if (attempts === 1 && !isTransient(failure)) return failure.error;
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

const seconds = (ms: number): string => String(ms >= 10_000 ? Math.round(ms / 1000) : Math.round(ms / 100) / 10);

function isReadOnlyComposite(url: string, body: unknown): boolean {
  const subrequests = (body as { compositeRequest?: Array<{ method?: string }> })?.compositeRequest;
  return /\/composite\/?$/.test(url) && Array.isArray(subrequests) && subrequests.every((sub) => sub.method === 'GET');
}
