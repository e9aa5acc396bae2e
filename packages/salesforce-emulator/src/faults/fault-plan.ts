import type { Intercepted } from '../http/serve.js';
import type { ApiKind } from '../http/request-log.js';
import type { IncomingCall, RouteOutcome } from '../routes/context.js';
import { apiOf, isWrite, soapOperation } from './classify.js';
import type { AccessDenials } from './deny-access.js';
import {
  errorReply,
  htmlPage,
  limitExceededReply,
  malform,
  otherContentType,
  serverError,
  sessionExpiredReply,
  truncate,
} from './replies.js';
import type { FaultAction, FaultRule, FiredFault } from './types.js';

interface Armed {
  rule: FaultRule;
  matched: number;
  hits: number;
}

/**
 * The emulator's fault injection, per run (`startEmulator({faults})`) and changeable mid-run
 * (`emulator.faults.add(rule)`, `clear()`). Answer-replacing faults: the first firing rule wins;
 * `deny-access` rules all apply together and combine with any other fault.
 */
export class FaultPlan implements AccessDenials {
  readonly fired: FiredFault[] = [];
  private rules: Armed[] = [];
  private received = 0;
  private active = new Set<string>();

  constructor(
    rules: FaultRule[] = [],
    private readonly expireSessions: () => void = () => {},
  ) {
    rules.forEach((rule) => this.add(rule));
  }

  add(rule: FaultRule): this {
    this.rules.push({ rule, matched: 0, hits: 0 });
    return this;
  }

  /** Removes every rule (what already fired stays in `fired`). */
  clear(): void {
    this.rules = [];
  }

  denied(): ReadonlySet<string> {
    return this.active;
  }

  /** The serve hook: decides the request's faults, runs the route when the fault lets it, shapes the answer. */
  readonly intercept = (call: IncomingCall, route: (call: IncomingCall) => RouteOutcome): Intercepted => {
    const number = ++this.received;
    const api = apiOf(call.path);
    const firing = this.rules.filter((armed) => this.fires(armed, call, api, number)).map((armed) => armed.rule.fault);
    for (const fault of firing) this.fired.push({ request: number, method: call.method, path: call.path, kind: fault.kind });
    const denials = firing.flatMap((fault) => (fault.kind === 'deny-access' ? fault.sobjects : []));
    const main = firing.find((fault) => fault.kind !== 'deny-access');
    const replaced = main && replace(main, api, this.expireSessions);
    if (replaced) return { ...replaced, ...(api.endsWith('-soap') ? { operation: soapOperation(call.body) } : {}) };
    this.active = new Set(denials.map((name) => name.toLowerCase()));
    let outcome: RouteOutcome;
    try {
      outcome = route(call); // synchronous: no other request runs while the denials are active
    } finally {
      this.active = new Set();
    }
    return main ? alter(main, outcome) : outcome;
  };

  private fires(armed: Armed, call: IncomingCall, api: ApiKind, number: number): boolean {
    const { rule } = armed;
    if (!matches(rule, call, api, number)) return false;
    armed.matched += 1;
    const start = rule.nth ?? 1;
    const times = rule.times ?? (rule.nth !== undefined || rule.request !== undefined ? 1 : Infinity);
    if (armed.matched < start || armed.hits >= times) return false;
    armed.hits += 1;
    return true;
  }
}

function matches(rule: FaultRule, call: IncomingCall, api: ApiKind, number: number): boolean {
  if (rule.request !== undefined && rule.request !== number) return false;
  if (rule.method && rule.method.toUpperCase() !== call.method.toUpperCase()) return false;
  if (rule.api && ![rule.api].flat().includes(api)) return false;
  if (rule.operation && soapOperation(call.body) !== rule.operation) return false;
  if (rule.writes !== undefined && isWrite(call, api) !== rule.writes) return false;
  return rule.path === undefined || pathMatches(rule.path, call);
}

function pathMatches(pattern: string | RegExp, call: IncomingCall): boolean {
  if (pattern instanceof RegExp) {
    let decoded = call.rawUrl;
    try {
      decoded = decodeURIComponent(call.rawUrl.replace(/\+/g, ' '));
    } catch {
      // keep the raw form
    }
    return pattern.test(decoded);
  }
  const below = call.path.replace(/^\/services\/data\/v\d+\.\d(?=\/|$)/, '');
  const want = pattern.replace(/\/$/, '');
  return [call.path, below].some((path) => path === want || path.startsWith(`${want}/`));
}

/** Faults that answer instead of the route: nothing runs, nothing is counted. */
function replace(fault: FaultAction, api: ApiKind, expireSessions: () => void): Intercepted | undefined {
  const uncounted = (reply: Intercepted['reply']): Intercepted => ({ reply, api, counted: false });
  switch (fault.kind) {
    case 'http-error':
      return uncounted(errorReply(api, serverError(fault.status)));
    case 'html-page':
      return uncounted(htmlPage(fault.status ?? 200));
    case 'reset':
      return fault.applied || (fault.at ?? 'request') !== 'request' ? undefined : { ...uncounted({ status: 0, headers: {} }), drop: true };
    case 'session-expired':
      expireSessions();
      return uncounted(sessionExpiredReply(api));
    case 'limit-exceeded':
      return uncounted(limitExceededReply(api));
    default:
      return undefined;
  }
}

/** Faults that slow down or mangle the route's real answer (which counted as the route decided). */
function alter(fault: FaultAction, outcome: RouteOutcome): Intercepted {
  switch (fault.kind) {
    case 'delay':
      return { ...outcome, delayMs: fault.ms };
    case 'truncated-body':
      return { ...outcome, reply: truncate(outcome.reply, fault.keepBytes) };
    case 'malformed-body':
      return { ...outcome, reply: malform(outcome.reply) };
    case 'empty-body':
      return { ...outcome, reply: { status: 200, headers: outcome.reply.headers, body: '' } };
    case 'wrong-content-type':
      return { ...outcome, reply: otherContentType(outcome.reply) };
    case 'reset':
      return fault.at === 'headers' || fault.at === 'body' ? { ...outcome, resetAt: fault.at } : { ...outcome, drop: true };
    default:
      return outcome;
  }
}
