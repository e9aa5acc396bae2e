import { MAX_HEAVY_SUBREQUESTS, MAX_SUBREQUESTS } from '../org/index.js';

/** Reads that must share one composite request, in the order they run (a read and those taking an Id from it). */
export interface ReadGroup<T> {
  reads: readonly T[];
  /** Estimated server time of the group, in any unit. */
  cost: number;
  /** Queries among the reads: Salesforce allows 5 per composite request. */
  queries: number;
}

/**
 * Splits read groups into composite requests sent side by side, at most `maxCalls` of them unless
 * Salesforce's limits need more. A composite request's subrequests run one after another, so it takes a
 * round trip plus the sum of their server times; requests sent together take a round trip plus the slowest
 * one's. The split that minimises the slowest request's estimated server time wins; of equal ones, the
 * one with fewer calls. Each call count is tried with the longest-first greedy (largest group into the
 * least-loaded request with room): close to the best split for a few dozen groups, and the best one when
 * every group gets a request of its own. Requests and their reads keep the groups' order.
 */
export function splitIntoCalls<T>(groups: readonly ReadGroup<T>[], maxCalls: number): T[][] {
  let best: Bin[] | undefined;
  for (let calls = fewestCallsConceivable(groups); calls <= groups.length; calls += 1) {
    if (best && calls > maxCalls) break;
    const bins = longestFirst(groups, calls);
    if (bins && (!best || slowest(bins) < slowest(best) - 1e-9)) best = bins;
  }
  return (best ?? [])
    .map((bin) => bin.groups.sort((a, b) => a - b))
    .sort((a, b) => a[0] - b[0])
    .map((indexes) => indexes.flatMap((i) => groups[i].reads));
}

/** The fewest composite requests Salesforce's limits allow: what a run needs at least. */
export function fewestCalls<T>(groups: readonly ReadGroup<T>[]): number {
  return splitIntoCalls(groups, 0).length;
}

interface Bin {
  load: number;
  queries: number;
  subrequests: number;
  groups: number[];
}

const slowest = (bins: readonly Bin[]) => Math.max(...bins.map((bin) => bin.load));

function fewestCallsConceivable<T>(groups: readonly ReadGroup<T>[]): number {
  const queries = groups.reduce((sum, g) => sum + g.queries, 0);
  const subrequests = groups.reduce((sum, g) => sum + g.reads.length, 0);
  return Math.max(1, Math.ceil(queries / MAX_HEAVY_SUBREQUESTS), Math.ceil(subrequests / MAX_SUBREQUESTS));
}

/** Longest group first, each into the least-loaded request with room; null if one finds none. */
function longestFirst<T>(groups: readonly ReadGroup<T>[], calls: number): Bin[] | null {
  const bins: Bin[] = Array.from({ length: calls }, () => ({ load: 0, queries: 0, subrequests: 0, groups: [] }));
  const order = groups.map((_, i) => i).sort((a, b) => groups[b].cost - groups[a].cost || a - b);
  for (const i of order) {
    const group = groups[i];
    const room = bins.filter(
      (bin) => bin.queries + group.queries <= MAX_HEAVY_SUBREQUESTS && bin.subrequests + group.reads.length <= MAX_SUBREQUESTS,
    );
    if (room.length === 0) return null;
    const bin = room.reduce((least, candidate) => (candidate.load < least.load ? candidate : least));
    bin.load += group.cost;
    bin.queries += group.queries;
    bin.subrequests += group.reads.length;
    bin.groups.push(i);
  }
  return bins.filter((bin) => bin.groups.length > 0);
}
