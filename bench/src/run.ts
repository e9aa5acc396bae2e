/**
 * `npm run bench`: audits generated orgs of several sizes through the emulator over HTTP, our way and
 * the straightforward way, plus `--fix` on users lacking access; prints a table and the targets' pass
 * or miss, and writes bench/results.json. See bench/README.md.
 */
import { fork } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateOrg, serveSnapshot, type RunningEmulator } from '@juston-audit/salesforce-emulator';
import { loadSnapshot } from '../../dist/snapshot/load-snapshot.js';
import type { Snapshot } from '@juston-audit/org-snapshot';
import { judge, judgeScale, PAGE_SIZE, type FixMeasurement, type ScaleMeasurement, type SizeMeasurement } from './judge.js';
import { HelpRequested, parseBenchArgs, USAGE, type BenchOptions } from './options.js';
import { fixProfile, orgProfile, scaleOrg, scaleProfile } from './org-profile.js';
import { orgRows } from './org-rows.js';
import type { ChildResult, ChildTask, Way } from './protocol.js';
import { renderTable, renderVerdicts, type TableRow } from './table.js';

const API_VERSION = '62.0';
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

interface Measured extends ChildResult {
  /** API calls the emulator counted during the run, as Salesforce counts them. */
  apiCalls: number;
  /** CPU the emulator (this process) spent while the run lasted. */
  emulatorCpuMs: number;
  /** The emulator's call count when the child passed each mark. */
  marks: Record<string, number>;
}

/** Runs one task in a fresh child process against the running emulator. */
async function measure(emulator: RunningEmulator, way: Way, extra: Partial<ChildTask> = {}): Promise<Measured> {
  const child = fork(join(here, 'child.js'), [way], {
    execArgv: (process.env.BENCH_CHILD_NODE_OPTIONS ?? '').split(' ').filter(Boolean),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    child.once('message', (m) => (m === 'ready' ? resolve() : reject(new Error(`child said ${String(m)}`))));
    child.once('exit', (code) => reject(new Error(`child exited with ${code} before it was ready`)));
  });
  const calls = emulator.stats.apiCalls;
  const cpu = process.cpuUsage();
  // Emulator call counts at the marks the child sets (e.g. around --fix's apply), then its answer.
  const marks: Record<string, number> = {};
  const reply = new Promise<{ ok: boolean; result?: ChildResult; error?: string }>((resolve) => {
    child.on('message', (message: { mark?: string; ok?: boolean }) => {
      if (message.mark) {
        marks[message.mark] = emulator.stats.apiCalls;
        child.send('ack');
      } else resolve(message as never);
    });
  });
  child.send({
    way,
    instanceUrl: emulator.instanceUrl,
    accessToken: emulator.accessToken,
    apiVersion: API_VERSION,
    ...extra,
  } satisfies ChildTask);
  const answer = await reply;
  const used = process.cpuUsage(cpu);
  await exited;
  if (!answer.ok) throw new Error(`${way} run failed:\n${answer.error}`);
  return {
    ...answer.result!,
    apiCalls: emulator.stats.apiCalls - calls,
    emulatorCpuMs: Math.round((used.user + used.system) / 1000),
    marks,
  };
}

/** The run with the median wall time. */
function median(runs: Measured[]): Measured {
  return [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor((runs.length - 1) / 2)];
}

async function serve(org: Snapshot, latencyMs: number) {
  const t = performance.now();
  const { emulator } = await serveSnapshot(org, { latencyMs, pageSize: PAGE_SIZE, apiVersion: API_VERSION });
  return { emulator, loadMs: Math.round(performance.now() - t) };
}

const log = (text: string) => process.stderr.write(`${text}\n`);

async function benchSize(base: Snapshot, users: number, options: BenchOptions) {
  const t = performance.now();
  const org = generateOrg(base, orgProfile(users));
  const generateMs = Math.round(performance.now() - t);
  const rows = orgRows(org);
  const { emulator, loadMs } = await serve(org, options.latencyMs);
  log(`${users} JustOn users: generated in ${generateMs} ms (${JSON.stringify(rows.size)}), emulator loaded in ${loadMs} ms`);
  try {
    const ours: Measured[] = [];
    const straight: Measured[] = [];
    // Our way and the straightforward way take turns, so a burst of load on the machine hits both.
    for (let i = 0; i < options.repeats; i += 1) {
      ours.push(await measure(emulator, 'optimised'));
      log(`  ours: ${ours.at(-1)!.wallMs} ms, ${ours.at(-1)!.apiCalls} calls`);
      straight.push(await measure(emulator, 'straightforward'));
      log(`  straightforward: ${straight.at(-1)!.wallMs} ms, ${straight.at(-1)!.apiCalls} calls`);
    }
    return {
      users,
      generateMs,
      emulatorLoadMs: loadMs,
      org: rows.size,
      neededRows: rows.neededRows,
      ours: median(ours),
      straightforward: median(straight),
      runs: { ours: ours.map((r) => r.wallMs), straightforward: straight.map((r) => r.wallMs) },
    };
  } finally {
    await emulator.close();
  }
}

async function benchFix(base: Snapshot, users: number, options: BenchOptions) {
  const org = generateOrg(base, fixProfile(users));
  const { emulator } = await serve(org, options.latencyMs);
  const journalDir = await mkdtemp(join(tmpdir(), 'juston-bench-'));
  try {
    const run = await measure(emulator, 'fix', { journalDir });
    const fix = run.fix!;
    const wallMs = (run.phases.planMs ?? 0) + fix.applyMs + fix.verifyMs;
    log(`--fix ${users} users: ${fix.changes} changes, ${fix.writes} write calls, ${fix.reads} read calls, apply ${fix.applyMs} ms`);
    // The emulator's count of the calls apply made (reads + writes), against the fixer's own count.
    const applyCalls = run.marks.applyEnd - run.marks.applyStart;
    return { users, lackingAccess: users, audit: run, ...fix, planApplyVerifyMs: wallMs, emulatorCountedApplyCalls: applyCalls };
  } finally {
    await emulator.close();
    await rm(journalDir, { recursive: true, force: true });
  }
}

/** The same 50 JustOn users in a small org and in a large one, audited our way in turns. */
async function benchScale(base: Snapshot, options: BenchOptions) {
  const scale = scaleOrg(options.scaleUsers);
  const t = performance.now();
  const org = generateOrg(base, scaleProfile(base, scale));
  const generateMs = Math.round(performance.now() - t);
  const rows = orgRows(org);
  const large = await serve(org, options.latencyMs);
  const small = await serve(generateOrg(base, orgProfile(scale.justOnUsers)), options.latencyMs);
  log(`scale: ${scale.users} users generated in ${generateMs} ms (${JSON.stringify(rows.size)}), emulator loaded in ${large.loadMs} ms`);
  try {
    const inSmall: Measured[] = [];
    const inLarge: Measured[] = [];
    for (let i = 0; i < options.repeats; i += 1) {
      inSmall.push(await measure(small.emulator, 'optimised'));
      log(`  ${scale.justOnUsers} JustOn users alone: ${inSmall.at(-1)!.wallMs} ms, ${inSmall.at(-1)!.apiCalls} calls`);
      inLarge.push(await measure(large.emulator, 'optimised'));
      log(`  in ${scale.users} users: ${inLarge.at(-1)!.wallMs} ms, ${inLarge.at(-1)!.apiCalls} calls`);
    }
    return {
      ...scale,
      generateMs,
      emulatorLoadMs: large.loadMs,
      org: rows.size,
      neededRows: rows.neededRows,
      small: median(inSmall),
      large: median(inLarge),
      runs: { small: inSmall.map((r) => r.wallMs), large: inLarge.map((r) => r.wallMs) },
    };
  } finally {
    await Promise.all([large.emulator.close(), small.emulator.close()]);
  }
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof HelpRequested) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    process.stderr.write(`bench: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const loadBefore = loadavg();
  const started = performance.now();
  const base = await loadSnapshot(join(root, 'samples', 'clean-org.json'));
  const sizes = [];
  for (const users of options.sizes) sizes.push(await benchSize(base, users, options));
  const fix = options.fixUsers > 0 ? await benchFix(base, options.fixUsers, options) : undefined;
  const scale = options.scaleUsers > 0 ? await benchScale(base, options) : undefined;
  const loadAfter = loadavg();

  const measurements: SizeMeasurement[] = sizes.map((s) => ({
    users: s.users,
    neededRows: s.neededRows,
    optimised: {
      apiCalls: s.ours.apiCalls,
      waves: s.ours.timelineWaves,
      wallMs: s.ours.wallMs,
      peakRssMb: s.ours.peakRssMb,
      emulatorCpuMs: s.ours.emulatorCpuMs,
    },
    straightforward: { apiCalls: s.straightforward.apiCalls, wallMs: s.straightforward.wallMs },
  }));
  const fixMeasurement: FixMeasurement | undefined = fix && { users: fix.lackingAccess, writes: fix.writes, wallMs: fix.applyMs };
  const scaleMeasurement: ScaleMeasurement | undefined = scale && {
    justOnUsers: scale.justOnUsers,
    large: { users: scale.users, permissionSets: scale.permissionSets },
    small: { apiCalls: scale.small.apiCalls, wallMs: scale.small.wallMs },
    scaled: { apiCalls: scale.large.apiCalls, wallMs: scale.large.wallMs, emulatorCpuMs: scale.large.emulatorCpuMs },
  };
  const verdicts = [
    ...judge(measurements, fixMeasurement, options.latencyMs),
    ...(scaleMeasurement ? judgeScale(scaleMeasurement, options.latencyMs) : []),
  ];
  const tableRows: TableRow[] = sizes.map((s) => ({
    users: s.users,
    ours: {
      apiCalls: s.ours.apiCalls,
      waves: s.ours.timelineWaves,
      collectorWaves: s.ours.collector?.waves ?? 0,
      wallMs: s.ours.wallMs,
      peakRssMb: s.ours.peakRssMb,
    },
    straightforward: {
      apiCalls: s.straightforward.apiCalls,
      waves: s.straightforward.timelineWaves,
      wallMs: s.straightforward.wallMs,
      peakRssMb: s.straightforward.peakRssMb,
    },
  }));
  const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(' ');
  const out: string[] = [
    `juston-audit benchmark · latency ${options.latencyMs} ms per request · page size ${PAGE_SIZE} · node ${process.version}`,
    `load average (1/5/15 min) before ${load(loadBefore)}, after ${load(loadAfter)} · ${Math.round((performance.now() - started) / 1000)} s in all`,
    '',
    renderTable(tableRows),
    '',
    'wall time: connect → collect → evaluate → terminal report, in a child process after its modules loaded (median run).',
    "waves: longest chain of requests each sent after an earlier answer, from the client's request timeline.",
    ...sizes.map(
      (s) =>
        `  ${s.users} users, ours: phases ${JSON.stringify(s.ours.phases)}, collector counted ${s.ours.collector?.apiCalls} calls in ${s.ours.collector?.waves} wave(s), ${mb(s.ours.bytesReceived)} received (straightforward ${mb(s.straightforward.bytesReceived)}); emulator CPU ${s.ours.emulatorCpuMs} ms; same verdicts as straightforward: ${sameVerdicts(s.ours, s.straightforward) ? 'yes' : 'NO'}`,
    ),
    ...(fix
      ? [
          '',
          `--fix on ${fix.lackingAccess} JustOn users lacking access: ${fix.changes} changes, ${fix.writes} write calls + ${fix.reads} read calls (the emulator counted ${fix.emulatorCountedApplyCalls} calls during apply), apply ${ms(fix.applyMs)}, plan+apply+verify ${ms(fix.planApplyVerifyMs)}; verified ${fix.verified}, not verified ${fix.notVerified}, failed ${fix.failed}`,
        ]
      : []),
    ...(scale
      ? [
          '',
          `scale: ${scale.justOnUsers} JustOn users in ${scale.org.users} users, ${scale.org.permissionSets} permission sets and ${scale.org.assignments} assignments (generated in ${ms(scale.generateMs)}, served after ${ms(scale.emulatorLoadMs)}): ${scale.large.apiCalls} calls, ${scale.large.wallMs} ms, ${scale.large.peakRssMb} MB peak RSS, ${mb(scale.large.bytesReceived)} received, emulator CPU ${scale.large.emulatorCpuMs} ms; alone: ${scale.small.apiCalls} calls, ${scale.small.wallMs} ms, ${scale.small.peakRssMb} MB, ${mb(scale.small.bytesReceived)}; same verdicts: ${sameVerdicts(scale.small, scale.large) ? 'yes' : 'NO'}`,
        ]
      : []),
    '',
    renderVerdicts(verdicts),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  const results = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    latencyMs: options.latencyMs,
    pageSize: PAGE_SIZE,
    loadAverage: { before: loadBefore, after: loadAfter },
    options,
    sizes,
    fix,
    scale,
    verdicts,
  };
  const file = resolve(process.cwd(), options.out);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  process.stderr.write(`results written to ${options.out}\n`);
  return 0;
}

const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
const ms = (n: number) => `${(n / 1000).toFixed(2)} s`;

function sameVerdicts(a: ChildResult, b: ChildResult): boolean {
  return JSON.stringify(a.verdicts) === JSON.stringify(b.verdicts);
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    process.stderr.write(`bench: ${error.stack ?? error.message}\n`);
    process.exitCode = 1;
  },
);
