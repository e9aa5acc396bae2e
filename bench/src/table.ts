import type { Verdict } from './judge.js';
import type { ModelName, SplitName } from './timing.js';

/** One way's wall time under one timing model. */
interface WallTimes {
  ours: number;
  straightforward?: number;
}

export interface TableRow {
  users: number;
  ours: { apiCalls: number; waves: number; collectorWaves: number; peakRssMb: number };
  straightforward?: { apiCalls: number; waves: number; peakRssMb: number };
  /** Wall time under each timing model measured. */
  wall: Partial<Record<ModelName, WallTimes>>;
}

/**
 * Under the server-time model: our audit with each split of the collection's reads, its calls, measured
 * wall time, and the time the model alone gives its waves (modelled.ts), which the machine's load leaves alone.
 */
export interface SplitRow {
  users: number;
  /** `modelledMs` under the server-time model only. */
  splits: Partial<Record<SplitName, { apiCalls: number; wallMs: number; modelledMs?: number }>>;
}

const pad = (text: string, width: number) => text.padStart(width);
const ms = (n: number) => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${n} ms`);
const MODEL_HEADINGS: Record<ModelName, string> = { flat: 'wall time, flat latency', server: 'wall time, server time' };

/** The side-by-side table: ours | straightforward per org size, wall time (and ratio) under each timing model. */
export function renderTable(rows: readonly TableRow[], models: readonly ModelName[]): string {
  const wallHead = models.map((m) => ` | ${pad(MODEL_HEADINGS[m], 27)}`).join('');
  const wallSub = models.map(() => ` | ${pad('ours', 8)} ${pad('straight', 9)} ${pad('ratio', 8)}`).join('');
  const header = [
    `${'JustOn users'.padEnd(12)} | ${pad('API calls', 17)} | ${pad('waves', 13)}${wallHead} | ${pad('peak RSS (MB)', 14)}`,
    `${''.padEnd(12)} | ${pad('ours', 6)} ${pad('straight', 10)} | ${pad('ours', 4)} ${pad('straight', 8)}${wallSub} | ${pad('ours', 5)} ${pad('straight', 8)}`,
  ];
  const lines = rows.map((r) => {
    const s = r.straightforward;
    const walls = models
      .map((m) => {
        const w = r.wall[m];
        if (!w) return ` | ${pad('–', 8)} ${pad('–', 9)} ${pad('–', 8)}`;
        const ratio = w.straightforward === undefined ? '–' : `${(w.straightforward / w.ours).toFixed(1)}×`;
        return ` | ${pad(ms(w.ours), 8)} ${pad(w.straightforward === undefined ? '–' : ms(w.straightforward), 9)} ${pad(ratio, 8)}`;
      })
      .join('');
    return `${r.users.toLocaleString('en-US').padEnd(12)} | ${pad(String(r.ours.apiCalls), 6)} ${pad(s ? String(s.apiCalls) : '–', 10)} | ${pad(String(r.ours.waves), 4)} ${pad(s ? String(s.waves) : '–', 8)}${walls} | ${pad(String(r.ours.peakRssMb), 5)} ${pad(s ? String(s.peakRssMb) : '–', 8)}`;
  });
  return [...header, '-'.repeat(header[0].length), ...lines].join('\n');
}

const SPLIT_HEADINGS: Record<SplitName, string> = { fewest: 'fewest calls', planned: 'planned (ours)', unbounded: 'unbounded' };

/** Our audit under the server-time model with each split; the other splits' change against the fewest calls. */
export function renderSplits(rows: readonly SplitRow[], splits: readonly SplitName[]): string {
  const header = [
    `${'JustOn users'.padEnd(12)}${splits.map((s) => ` | ${pad(SPLIT_HEADINGS[s], 33)}`).join('')}`,
    `${''.padEnd(12)}${splits.map(() => ` | ${pad('calls', 5)} ${pad('wall time', 13)} ${pad('modelled', 13)}`).join('')}`,
  ];
  const lines = rows.map((r) => {
    const fewest = r.splits.fewest;
    const cells = splits.map((name) => {
      const split = r.splits[name];
      if (!split) return ` | ${pad('–', 5)} ${pad('–', 13)} ${pad('–', 13)}`;
      const cell = (key: 'wallMs' | 'modelledMs') => {
        const value = split[key];
        if (value === undefined) return '–';
        const base = fewest?.[key];
        return `${ms(value)}${base !== undefined && name !== 'fewest' ? ` ${percent(value, base)}` : ''}`;
      };
      return ` | ${pad(String(split.apiCalls), 5)} ${pad(cell('wallMs'), 13)} ${pad(cell('modelledMs'), 13)}`;
    });
    return `${r.users.toLocaleString('en-US').padEnd(12)}${cells.join('')}`;
  });
  return [...header, '-'.repeat(header[0].length), ...lines].join('\n');
}

/** `−17%`: the change from `base` to `value`. */
export function percent(value: number, base: number): string {
  const change = Math.round(((value - base) / base) * 100);
  return change < 0 ? `−${-change}%` : `+${change}%`;
}

export function renderVerdicts(verdicts: readonly Verdict[]): string {
  return verdicts.map((v) => `${v.pass ? 'PASS' : 'MISS'}  ${v.target}: ${v.measured}`).join('\n');
}
