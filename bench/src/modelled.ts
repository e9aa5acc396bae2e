import { modelledResponseMs, type RequestLogEntry, type ServerTiming } from '@juston-audit/salesforce-emulator';

export interface ModelledWaves {
  preflightMs: number;
  collectionMs: number;
  pagesMs: number;
  totalMs: number;
}

/** A later page of a query: `…/query/<locator>` (Salesforce's locators start 01g, the Tooling API's 0r8). */
const PAGE = /\/query\/(01g|0r8)\w+-\d+/;

/**
 * What the server-time model alone says an audit of ours costs, whatever the machine's load: the preflight
 * call, the collection's wave (its slowest call) and the pages' wave (its slowest page), each a round trip
 * plus the server time of the work the emulator counted. `requests`: the emulator's log of that audit, in
 * the order answered, the preflight first. Pages of different reads start as their first pages arrive, so
 * the sum is a lower bound of what the waves take.
 */
export function modelledWaves(requests: readonly RequestLogEntry[], timing: ServerTiming): ModelledWaves {
  const slowest = (entries: readonly RequestLogEntry[]) =>
    Math.round(Math.max(0, ...entries.map((entry) => modelledResponseMs(timing, entry.work))));
  const [preflight, ...rest] = requests;
  const preflightMs = preflight ? slowest([preflight]) : 0;
  const collectionMs = slowest(rest.filter((entry) => !PAGE.test(entry.path)));
  const pagesMs = slowest(rest.filter((entry) => PAGE.test(entry.path)));
  return { preflightMs, collectionMs, pagesMs, totalMs: preflightMs + collectionMs + pagesMs };
}
