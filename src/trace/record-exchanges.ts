import { Transport } from 'jsforce/lib/transport.js';
import type { HttpRequest, HttpResponse } from 'jsforce/lib/types/common.js';
import type { HttpExchange } from './exchange.js';

type Sink = (exchange: HttpExchange) => void;

const sinks = new Set<Sink>();
let installed = false;

/**
 * The one observation point of every HTTP exchange the process makes with an org: jsforce's
 * `Transport.prototype.httpRequest`, through which every jsforce request passes — the SOAP and OAuth
 * logins, the session refresh, REST, Tooling, composite, Metadata SOAP, each retry, every write.
 * (Node 20's `http.client.*` diagnostics channels fire after the request body has been written, so
 * they cannot give the bodies a trace needs.) The wrapper only watches: it returns jsforce's own
 * promise unchanged, and does nothing while no recording is running.
 */
function install(): void {
  if (installed) return;
  installed = true;
  const prototype = Transport.prototype;
  const original = Object.getOwnPropertyDescriptor(prototype, 'httpRequest')!.value as Transport['httpRequest'];
  prototype.httpRequest = function observed(this: Transport, request: HttpRequest, options?: object) {
    const pending = original.call(this, request, options);
    if (sinks.size === 0) return pending;
    const startedAt = new Date();
    const began = performance.now();
    const base = { startedAt, request: requestOf(request) };
    const emit = (exchange: HttpExchange) => sinks.forEach((sink) => sink(exchange));
    pending.then(
      (response) => emit({ ...base, durationMs: performance.now() - began, response: responseOf(response) }),
      (error: unknown) => emit({ ...base, durationMs: performance.now() - began, error: describe(error) }),
    );
    return pending;
  };
}

/** Records every HTTP exchange until `stop()`; `exchanges` lists them in the order they finished. */
export function recordExchanges(): { exchanges: HttpExchange[]; stop(): void } {
  install();
  const exchanges: HttpExchange[] = [];
  const sink: Sink = (exchange) => exchanges.push(exchange);
  sinks.add(sink);
  return { exchanges, stop: () => sinks.delete(sink) };
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
