/** One HTTP request as the client saw it: sent at `start`, last byte of the answer at `end` (ms). */
export interface RequestSpan {
  start: number;
  end: number;
  label?: string;
}

/**
 * Sequential round-trip waves in a request timeline: a request is in wave 1 unless it was sent after
 * some other request had been answered, then it is one wave after the latest such request. This is the
 * longest chain of requests each sent only after the previous one's answer — an upper bound on the
 * round trips that had to wait for one another (a request that merely started late counts as waiting).
 */
export function countWaves(spans: readonly RequestSpan[]): number {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const wave: number[] = [];
  let max = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    let w = 1;
    for (let j = 0; j < i; j += 1) if (sorted[j].end <= sorted[i].start) w = Math.max(w, wave[j] + 1);
    wave.push(w);
    max = Math.max(max, w);
  }
  return max;
}
