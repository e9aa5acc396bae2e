// npm run bench:start: how long the built CLI takes to print what needs no org (--version, --help, rules,
// explain), as a whole process, from a directory outside the repository. Prints each command's median wall
// time over RUNS runs (after WARMUP unmeasured ones) and PASS or MISS against the 150 ms budget; exit 1 on a MISS.
// Shared machines are noisy: a MISS is worth a second run before it is worth a fix.
// Needs the built CLI (npm run build).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const BUDGET_MS = 150;
const RUNS = Number(process.env.RUNS ?? 15);
const WARMUP = 2;
const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');
const COMMANDS = [['--version'], ['--help'], ['rules'], ['explain', 'access/balance-fields']];

const medianOf = (args) => {
  for (let i = 0; i < WARMUP; i++) timeOnce(args);
  const times = Array.from({ length: RUNS }, () => timeOnce(args));
  return { ms: median(times), range: `min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}` };
};

if (!existsSync(cli)) {
  process.stderr.write(`bench:start: ${cli} is missing: run npm run build first\n`);
  process.exit(2);
}

function timeOnce(args) {
  const started = performance.now();
  const { status, error } = spawnSync(process.execPath, args, { cwd: tmpdir(), stdio: 'ignore' });
  const elapsed = performance.now() - started;
  if (error || status !== 0) throw new Error(`juston-audit ${args.join(' ')} exited ${status ?? error?.message}`);
  return elapsed;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

process.stdout.write(`Node ${process.versions.node}; median of ${RUNS} runs each; budget ${BUDGET_MS} ms\n`);
// The floor no CLI goes below: Node starting and exiting, on this machine, now.
const floor = medianOf(['-e', '0']);
process.stdout.write(`      ${floor.ms.toFixed(0).padStart(4)} ms  (${floor.range})  node -e 0 (Node's own start)\n`);
let missed = 0;
for (const args of COMMANDS) {
  const { ms, range } = medianOf([cli, ...args]);
  const verdict = ms < BUDGET_MS ? 'PASS' : 'MISS';
  if (verdict === 'MISS') missed++;
  process.stdout.write(`${verdict}  ${ms.toFixed(0).padStart(4)} ms  (${range})  juston-audit ${args.join(' ')}\n`);
}
process.exitCode = missed ? 1 : 0;
