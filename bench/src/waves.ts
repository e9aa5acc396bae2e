/** One HTTP request as the client saw it: sent at `start`, last byte of the answer at `end` (ms). */
export interface RequestSpan {
  start: number;
  end: number;
  /** `METHOD path`; a later page of a query (`…/query/<cursor>-<offset>`) is told by its cursor. */
  label?: string;
}

const PAGE_CURSOR = /\/query\/((?:01g|0r8)\w+)-\d+/;

/**
 * Sequential round-trip waves in a request timeline: a request is in wave 1 unless it was sent after
 * some request it may have waited for had been answered; then it is one wave after the latest such one.
 * A later page of a query can only have waited for the request that opened its cursor or for an earlier
 * page of that cursor, so pages of other queries that happened to end before it do not count; any other
 * request may have waited for any answer. This is the longest chain of requests each sent only after the
 * previous one's answer: an upper bound on the round trips that had to wait for one another.
 */
export function countWaves(spans: readonly RequestSpan[]): number {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const cursors = sorted.map((span) => PAGE_CURSOR.exec(span.label ?? '')?.[1]);
  const wave: number[] = [];
  let max = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    let w = 1;
    for (let j = 0; j < i; j += 1) {
      const mayWaitFor = cursors[i] === undefined || cursors[j] === undefined || cursors[j] === cursors[i];
      if (mayWaitFor && sorted[j].end <= sorted[i].start) w = Math.max(w, wave[j] + 1);
    }
    wave.push(w);
    max = Math.max(max, w);
  }
  return max;
}
