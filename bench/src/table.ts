import type { Verdict } from './judge.js';

export interface TableRow {
  users: number;
  ours: { apiCalls: number; waves: number; collectorWaves: number; wallMs: number; peakRssMb: number };
  straightforward?: { apiCalls: number; waves: number; wallMs: number; peakRssMb: number };
}

const pad = (text: string, width: number) => text.padStart(width);
const ms = (n: number) => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${n} ms`);

/** The side-by-side table: ours | straightforward | ratio, per org size. */
export function renderTable(rows: readonly TableRow[]): string {
  const header = [
    `${'JustOn users'.padEnd(12)} | ${pad('API calls', 17)} | ${pad('waves', 13)} | ${pad('wall time', 27)} | ${pad('peak RSS (MB)', 14)}`,
    `${''.padEnd(12)} | ${pad('ours', 6)} ${pad('straight', 10)} | ${pad('ours', 4)} ${pad('straight', 8)} | ${pad('ours', 8)} ${pad('straight', 9)} ${pad('ratio', 8)} | ${pad('ours', 5)} ${pad('straight', 8)}`,
  ];
  const lines = rows.map((r) => {
    const s = r.straightforward;
    const ratio = s ? `${(s.wallMs / r.ours.wallMs).toFixed(1)}×` : '–';
    return `${r.users.toLocaleString('en-US').padEnd(12)} | ${pad(String(r.ours.apiCalls), 6)} ${pad(s ? String(s.apiCalls) : '–', 10)} | ${pad(String(r.ours.waves), 4)} ${pad(s ? String(s.waves) : '–', 8)} | ${pad(ms(r.ours.wallMs), 8)} ${pad(s ? ms(s.wallMs) : '–', 9)} ${pad(ratio, 8)} | ${pad(String(r.ours.peakRssMb), 5)} ${pad(s ? String(s.peakRssMb) : '–', 8)}`;
  });
  return [...header, '-'.repeat(header[0].length), ...lines].join('\n');
}

export function renderVerdicts(verdicts: readonly Verdict[]): string {
  return verdicts.map((v) => `${v.pass ? 'PASS' : 'MISS'}  ${v.target}: ${v.measured}`).join('\n');
}
