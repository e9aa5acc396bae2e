// npm run bench:start: how long the built CLI takes to print what needs no org (--version, --help, rules,
// explain), as a whole process, from a directory outside the repository. Prints each command's median wall
// time over RUNS runs (after WARMUP unmeasured ones) and PASS or MISS against the 150 ms budget; exit 1 on a MISS.
// Runs take turns (node -e 0, then each command, RUNS times over), so a burst of load on a shared machine
// slows all of them alike instead of one command's runs; still, a MISS is worth a second run before a fix.
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
const runs = [['-e', '0'], ...COMMANDS.map((args) => [cli, ...args])];
const times = runs.map(() => []);
for (let round = 0; round < WARMUP + RUNS; round++) {
  runs.forEach((args, i) => {
    const elapsed = timeOnce(args);
    if (round >= WARMUP) times[i].push(elapsed);
  });
}
const summary = (values) => ({
  ms: median(values),
  range: `min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)}`,
});
// The floor no CLI goes below: Node starting and exiting, on this machine, now.
const floor = summary(times[0]);
process.stdout.write(`      ${floor.ms.toFixed(0).padStart(4)} ms  (${floor.range})  node -e 0 (Node's own start)\n`);
let missed = 0;
for (const [i, args] of COMMANDS.entries()) {
  const { ms, range } = summary(times[i + 1]);
  const verdict = ms < BUDGET_MS ? 'PASS' : 'MISS';
  if (verdict === 'MISS') missed++;
  process.stdout.write(`${verdict}  ${ms.toFixed(0).padStart(4)} ms  (${range})  juston-audit ${args.join(' ')}\n`);
}
process.exitCode = missed ? 1 : 0;
