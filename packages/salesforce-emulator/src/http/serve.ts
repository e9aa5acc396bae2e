import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from './read-body.js';
import { collapseLeadingSlashes } from './request-path.js';
import { jsonReply, type HttpReply } from './reply.js';
import { redactPath, type RequestLogEntry } from './request-log.js';
import type { IncomingCall, RouteOutcome } from '../routes/context.js';
import { unknownException } from '../routes/rest/rest-call.js';
import { SalesforceApiError } from '../api-error.js';
import { modelledResponseMs, noWork, type ServerTiming, type ServerWork } from './server-time.js';

export interface ServeOptions {
  route: (call: IncomingCall) => RouteOutcome;
  /** The old model: the same delay after routing, whatever the request held. Ignored when `timing` is set. */
  latencyMs: number;
  /** The server-time model (server-time.ts): the answer leaves when round trip plus server time have passed. */
  timing?: ServerTiming;
  log: (entry: RequestLogEntry) => void;
  /** Fault injection (see ../faults): answers instead of the route, or runs it and alters the answer. */
  intercept?: (call: IncomingCall, route: (call: IncomingCall) => RouteOutcome) => Intercepted;
}

/**
 * An outcome after fault injection: possibly held back `delayMs` longer, dropped (socket destroyed
 * before any answer), or cut by a reset after its headers (`resetAt: 'headers'`) or in the middle of its
 * body (`'body'`).
 */
export interface Intercepted extends RouteOutcome {
  delayMs?: number;
  drop?: boolean;
  resetAt?: 'headers' | 'body';
}

/** Adapts Node's request/response to the emulator's routes: read, route, wait (latency or server time), write, log. */
export function createRequestListener(options: ServeOptions) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    void serve(req, res, options);
  };
}

async function serve(req: IncomingMessage, res: ServerResponse, options: ServeOptions): Promise<void> {
  const arrived = performance.now();
  const method = req.method ?? 'GET';
  const rawUrl = collapseLeadingSlashes(req.url ?? '/');
  const work = noWork();
  let outcome: Intercepted;
  try {
    const body = await readBody(req);
    const url = new URL(rawUrl, 'http://emulator.invalid');
    const headers: Record<string, string | undefined> = {};
    for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    const call = { method, rawUrl, path: url.pathname, query: url.searchParams, headers, body, work };
    outcome = options.intercept ? options.intercept(call, options.route) : options.route(call);
  } catch (error) {
    const known = error instanceof SalesforceApiError ? error : unknownException();
    outcome = { reply: jsonReply(known.status, known.toBody()), api: 'unknown', counted: false };
  }
  const delayMs = answerDelayMs(options, work, performance.now() - arrived);
  if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  // unref: a fault's long delay must not keep a finished test process alive
  if (outcome.delayMs) await new Promise((resolve) => setTimeout(resolve, outcome.delayMs).unref());
  if (outcome.drop) req.socket.destroy();
  else if (outcome.resetAt) writeThenReset(res, outcome.reply, outcome.resetAt);
  else write(res, outcome.reply, method === 'HEAD');
  options.log({
    method,
    path: redactPath(rawUrl),
    api: outcome.api,
    counted: outcome.counted,
    status: outcome.drop ? 0 : outcome.reply.status, // 0: no HTTP answer, the connection was reset before it
    ...(outcome.operation ? { operation: outcome.operation } : {}),
    work,
  });
}

/**
 * The old model waits its latency after routing. The server-time model answers when round trip plus server
 * time have passed since the request arrived: the emulator's own work counts towards it, as Salesforce's would.
 */
function answerDelayMs(options: ServeOptions, work: ServerWork, elapsedMs: number): number {
  if (!options.timing) return options.latencyMs;
  return Math.max(0, modelledResponseMs(options.timing, work) - elapsedMs);
}

/** Sends the status line and headers (announcing the whole body), then part of the body or none, then resets. */
function writeThenReset(res: ServerResponse, reply: HttpReply, at: 'headers' | 'body'): void {
  if (res.destroyed) return;
  const body = Buffer.from(reply.body ?? '', 'utf8');
  res.writeHead(reply.status, { ...reply.headers, Date: new Date().toUTCString(), 'Content-Length': Math.max(body.length, 2) });
  if (at === 'body') res.write(body.subarray(0, Math.max(1, Math.floor(body.length / 2))));
  else res.flushHeaders();
  // destroy once what was written has left: the client has seen the headers (and part of the body)
  setTimeout(() => res.socket?.destroy(), 20).unref();
}

function write(res: ServerResponse, reply: HttpReply, headOnly: boolean): void {
  if (res.destroyed) return;
  const body = reply.body === undefined ? undefined : Buffer.from(reply.body, 'utf8');
  const headers: Record<string, string | number> = { ...reply.headers, Date: new Date().toUTCString() };
  if (body) headers['Content-Length'] = body.length;
  res.writeHead(reply.status, headers);
  res.end(headOnly ? undefined : body);
}
