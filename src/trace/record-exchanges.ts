import { AsyncLocalStorage } from 'node:async_hooks';
import { Transport } from 'jsforce/lib/transport.js';
import type { HttpRequest, HttpResponse } from 'jsforce/lib/types/common.js';
import type { HttpExchange } from './exchange.js';

type Sink = (exchange: HttpExchange) => void;

// The recording a request belongs to is the one whose run started it: concurrent runs in one process
// (several orgs, or tests) each see only their own exchanges.
const recording = new AsyncLocalStorage<Sink>();
let installed = false;

/**
 * The one observation point of every HTTP exchange the process makes with an org: jsforce's
 * `Transport.prototype.httpRequest`, through which every jsforce request passes — the SOAP and OAuth
 * logins, the session refresh, REST, Tooling, composite, Metadata SOAP, each retry, every write.
 * (Node 20's `http.client.*` diagnostics channels fire after the request body has been written, so
 * they cannot give the bodies a trace needs.) The wrapper only watches: it returns jsforce's own
 * promise unchanged, and does nothing for a request no recording started.
 */
function install(): void {
  if (installed) return;
  installed = true;
  const prototype = Transport.prototype;
  const original = Object.getOwnPropertyDescriptor(prototype, 'httpRequest')!.value as Transport['httpRequest'];
  prototype.httpRequest = function observed(this: Transport, request: HttpRequest, options?: object) {
    const pending = original.call(this, request, options);
    const sink = recording.getStore();
    if (!sink) return pending;
    const startedAt = new Date();
    const began = performance.now();
    const base = { startedAt, request: requestOf(request) };
    const emit = sink;
    pending.then(
      (response) => emit({ ...base, durationMs: performance.now() - began, response: responseOf(response) }),
      (error: unknown) => emit({ ...base, durationMs: performance.now() - began, error: describe(error) }),
    );
    return pending;
  };
}

/**
 * Runs `run`, recording every HTTP exchange it starts (and nothing another run starts meanwhile);
 * `exchanges` lists them in the order they finished, also when `run` fails.
 */
export async function recordExchanges<T>(run: () => Promise<T>): Promise<{ exchanges: HttpExchange[]; outcome: PromiseSettledResult<T> }> {
  install();
  const exchanges: HttpExchange[] = [];
  const [outcome] = await Promise.allSettled([recording.run((exchange) => void exchanges.push(exchange), run)]);
  return { exchanges, outcome };
}

function requestOf(request: HttpRequest): HttpExchange['request'] {
  const body = request.body;
  return {
    method: request.method.toUpperCase(),
    url: request.url,
    headers: stringHeaders(request.headers),
    ...(body === undefined || body === null || body === '' ? {} : { body: typeof body === 'string' ? body : '[a stream: not recorded]' }),
  };
}

function responseOf(response: HttpResponse): HttpExchange['response'] {
  return {
    status: response.statusCode,
    headers: stringHeaders(response.headers),
    body: typeof response.body === 'string' ? response.body : '',
  };
}

function stringHeaders(headers: Record<string, unknown> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers ?? {}).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : String(value)]),
  );
}

function describe(error: unknown): string {
  const e = error as { name?: string; code?: string; message?: string };
  return [e?.name, e?.code, e?.message].filter(Boolean).join(': ') || String(error);
}
