/** The benchmark's targets, judged on measured numbers. Pure: the numbers come in, verdicts go out. */

export const PAGE_SIZE = 2000;

export interface SizeMeasurement {
  users: number;
  /** Rows the rules need that can grow with the org: JustOn users (with their assignments) and their licence rows. */
  neededRows: { justOnUsers: number; licenceRows: number };
  optimised: { apiCalls: number; waves: number; wallMs: number; peakRssMb: number; emulatorCpuMs?: number };
  straightforward?: { apiCalls: number; wallMs: number };
}

export interface FixMeasurement {
  users: number;
  writes: number;
  wallMs: number;
}

/** The same JustOn users audited in a small org and in a large one (see org-profile.ts). */
export interface ScaleMeasurement {
  justOnUsers: number;
  large: { users: number; permissionSets: number };
  small: { apiCalls: number; wallMs: number };
  scaled: { apiCalls: number; wallMs: number; emulatorCpuMs: number };
}

export interface Verdict {
  target: string;
  measured: string;
  pass: boolean;
}

const extraPages = (rows: number) => Math.max(0, Math.ceil(rows / PAGE_SIZE) - 1);

/**
 * API calls an org of this size may use: ≤ 12 up to 2,000 JustOn users; beyond that the calls of the
 * largest measured org of at most 2,000 users (one page per read) plus one call per further page of
 * the rows the rules need: the JustOn users and their licence rows.
 */
export function allowedCalls(size: SizeMeasurement, all: readonly SizeMeasurement[]): number {
  if (size.users <= 2000) return 12;
  const small = all.filter((s) => s.users <= 2000).sort((a, b) => b.users - a.users)[0];
  const base = small ? Math.min(12, small.optimised.apiCalls) : 12;
  return base + extraPages(size.neededRows.justOnUsers) + extraPages(size.neededRows.licenceRows);
}

/** The time targets are stated for a flat 50 ms latency; under anything else the verdict says so. */
const measuredAt = (latency: number | string): string =>
  latency === 50
    ? ''
    : typeof latency === 'number'
      ? ` (measured at ${latency} ms latency, target is for 50 ms)`
      : ` (measured with ${latency}, target is for a flat 50 ms)`;

/** `latency`: the flat model's latency of the measurements, or the name of the model they were taken under. */
export function judge(sizes: readonly SizeMeasurement[], fix?: FixMeasurement, latency: number | string = 50): Verdict[] {
  const verdicts: Verdict[] = [];
  const at = measuredAt(latency);
  for (const s of sizes) {
    const label = `${s.users.toLocaleString('en-US')} users`;
    verdicts.push({ target: `${label}: ≤ 3 sequential waves`, measured: `${s.optimised.waves} waves`, pass: s.optimised.waves <= 3 });
    const allowed = allowedCalls(s, sizes);
    const how =
      s.users <= 2000
        ? '≤ 12 API calls'
        : `≤ ${allowed} API calls (base + pages of ${s.neededRows.justOnUsers} JustOn users and ${s.neededRows.licenceRows} licence rows)`;
    verdicts.push({ target: `${label}: ${how}`, measured: `${s.optimised.apiCalls} calls`, pass: s.optimised.apiCalls <= allowed });
  }
  const smallest = sizes.find((s) => s.users === 10);
  if (smallest) {
    verdicts.push({
      target: `10 users: audit < 0.5 s end to end${at}`,
      measured: `${smallest.optimised.wallMs} ms`,
      pass: smallest.optimised.wallMs < 500,
    });
    if (smallest.straightforward) {
      const ratio = smallest.straightforward.wallMs / smallest.optimised.wallMs;
      verdicts.push({
        target: `10 users: ≥ 5× faster than the straightforward way${at}`,
        measured: `${ratio.toFixed(1)}× (${smallest.straightforward.wallMs} vs ${smallest.optimised.wallMs} ms)`,
        pass: ratio >= 5,
      });
    }
  }
  const largest = sizes.find((s) => s.users === 20000);
  if (largest) {
    verdicts.push({
      target: `20,000 users: audit < 10 s${at}`,
      measured: `${(largest.optimised.wallMs / 1000).toFixed(2)} s`,
      pass: largest.optimised.wallMs < 10_000,
    });
    verdicts.push({
      target: '20,000 users: peak RSS < 200 MB (audit process)',
      measured: `${largest.optimised.peakRssMb} MB`,
      pass: largest.optimised.peakRssMb < 200,
    });
    const cpu = largest.optimised.emulatorCpuMs;
    if (cpu !== undefined) {
      const share = cpu / largest.optimised.wallMs;
      verdicts.push({
        target: "20,000 users: the emulator is not the bottleneck (its CPU < half the audit's wall time)",
        measured: `${cpu} ms CPU, ${Math.round(share * 100)}% of the wall time`,
        pass: share < 0.5,
      });
    }
  }
  if (fix)
    verdicts.push({
      target: `--fix, ${fix.users.toLocaleString('en-US')} users lacking access: ≤ 15 write calls`,
      measured: `${fix.writes} write calls in ${(fix.wallMs / 1000).toFixed(2)} s`,
      pass: fix.writes <= 15,
    });
  return verdicts;
}

/** A larger org around the same JustOn users costs no more calls, and at most half as much time again. */
export function judgeScale(scale: ScaleMeasurement, latency: number | string = 50): Verdict[] {
  const at = measuredAt(latency);
  const n = (count: number) => count.toLocaleString('en-US');
  const label = `${n(scale.large.users)} users, ${n(scale.large.permissionSets)} permission sets, ${scale.justOnUsers} of them JustOn users`;
  const { small, scaled } = scale;
  const ratio = scaled.wallMs / small.wallMs;
  const share = scaled.emulatorCpuMs / scaled.wallMs;
  return [
    {
      target: `${label}: the same API calls as a ${scale.justOnUsers}-JustOn-user org`,
      measured: `${scaled.apiCalls} calls (small org ${small.apiCalls})`,
      pass: scaled.apiCalls === small.apiCalls,
    },
    {
      target: `${label}: wall time ≤ 1.5× the ${scale.justOnUsers}-JustOn-user org's${at}`,
      measured: `${ratio.toFixed(2)}× (${scaled.wallMs} vs ${small.wallMs} ms)`,
      pass: ratio <= 1.5,
    },
    {
      target: `${label}: the emulator is not the bottleneck (its CPU < half the audit's wall time)`,
      measured: `${scaled.emulatorCpuMs} ms CPU, ${Math.round(share * 100)}% of the wall time`,
      pass: share < 0.5,
    },
  ];
}
