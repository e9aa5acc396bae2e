/**
 * `npm run bench`: audits generated orgs of several sizes through the emulator over HTTP, our way (with
 * each split of its reads) and the straightforward way, under the flat-latency and the server-time model
 * side by side, plus `--fix` on users lacking access and the HTML report's size and time to interactive;
 * prints the tables and the targets' pass or miss, and writes bench/results.json. See bench/README.md.
 */
import { fork } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateOrg, serveSnapshot, type RunningEmulator, type ServerTiming } from '@juston-audit/salesforce-emulator';
import { loadSnapshot } from '../../dist/snapshot/load-snapshot.js';
import type { Snapshot } from '@juston-audit/org-snapshot';
import { benchHtml } from './html-report.js';
import { judge, judgeHtml, judgeScale, PAGE_SIZE, type FixMeasurement, type ScaleMeasurement, type SizeMeasurement } from './judge.js';
import { HelpRequested, parseBenchArgs, USAGE, type BenchOptions } from './options.js';
import { fixProfile, orgProfile, scaleOrg, scaleProfile } from './org-profile.js';
import { modelledWaves, type ModelledWaves } from './modelled.js';
import { orgRows } from './org-rows.js';
import type { ChildResult, ChildTask, Way } from './protocol.js';
import { renderSplits, renderTable, renderVerdicts, type SplitRow, type TableRow } from './table.js';
import { describeModel, emulatorTiming, SPLIT_NAMES, SPLITS, type ModelName, type SplitName } from './timing.js';

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
  /** Our audit under the server-time model: what the model alone says its waves cost. */
  modelled?: ModelledWaves;
}

/** Runs one task in a fresh child process against the running emulator. */
async function measure(emulator: RunningEmulator, way: Way, extra: Partial<ChildTask> = {}, timing?: ServerTiming): Promise<Measured> {
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
  const requestsBefore = emulator.stats.requests.length;
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
    ...(timing && way === 'optimised' ? { modelled: modelledWaves(emulator.stats.requests.slice(requestsBefore), timing) } : {}),
  };
}

/** The run with the median wall time. */
function median(runs: Measured[]): Measured {
  return [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor((runs.length - 1) / 2)];
}

async function serve(org: Snapshot, model: ModelName, options: BenchOptions) {
  const t = performance.now();
  const timing = emulatorTiming(model, options.latencyMs, options.timing);
  // Dates move to today, as in the demo: the generated org's schedule is in the future and its failures recent.
  const { emulator } = await serveSnapshot(org, { ...timing, pageSize: PAGE_SIZE, apiVersion: API_VERSION, shiftDatesTo: new Date() });
  return { emulator, loadMs: Math.round(performance.now() - t) };
}

/** Our audit, our audit with the other splits of its reads, and the straightforward way, under one model. */
interface ModelRuns {
  ours: Measured;
  straightforward: Measured;
  splits: Partial<Record<SplitName, Measured>>;
  runs: Record<string, number[]>;
}

const log = (text: string) => process.stderr.write(`${text}\n`);

async function benchSize(base: Snapshot, users: number, options: BenchOptions) {
  const t = performance.now();
  const org = generateOrg(base, orgProfile(users));
  const generateMs = Math.round(performance.now() - t);
  const rows = orgRows(org);
  log(`${users} JustOn users: generated in ${generateMs} ms (${JSON.stringify(rows.size)})`);
  const models: Partial<Record<ModelName, ModelRuns>> = {};
  for (const model of options.models) models[model] = await benchModel(org, model, options);
  return { users, generateMs, org: rows.size, neededRows: rows.neededRows, models };
}

async function benchModel(org: Snapshot, model: ModelName, options: BenchOptions): Promise<ModelRuns> {
  const { emulator, loadMs } = await serve(org, model, options);
  log(`  ${describeModel(model, options.latencyMs, options.timing)}: emulator loaded in ${loadMs} ms`);
  const splits = options.splits.filter((split) => split !== 'planned');
  const runs: Record<string, Measured[]> = { ours: [], straightforward: [], ...Object.fromEntries(splits.map((s) => [s, []])) };
  const run = async (name: string, way: Way, extra: Partial<ChildTask> = {}) => {
    const measured = await measure(emulator, way, extra, model === 'server' ? options.timing : undefined);
    runs[name].push(measured);
    log(`    ${name}: ${measured.wallMs} ms, ${measured.apiCalls} calls`);
  };
  try {
    // The ways take turns, so a burst of load on the machine hits all of them.
    for (let i = 0; i < options.repeats; i += 1) {
      await run('ours', 'optimised');
      for (const split of splits) await run(split, 'optimised', { callBudget: SPLITS[split] });
      await run('straightforward', 'straightforward');
    }
  } finally {
    await emulator.close();
  }
  return {
    ours: median(runs.ours),
    straightforward: median(runs.straightforward),
    splits: Object.fromEntries(splits.map((split) => [split, median(runs[split])])),
    runs: Object.fromEntries(Object.entries(runs).map(([name, list]) => [name, list.map((r) => r.wallMs)])),
  };
}

async function benchFix(base: Snapshot, users: number, options: BenchOptions) {
  const org = generateOrg(base, fixProfile(users));
  const { emulator } = await serve(org, judgedModel(options), options);
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

/** The same 50 JustOn users in a small org and in a large one, audited our way in turns, under the judged model. */
async function benchScale(base: Snapshot, options: BenchOptions) {
  const scale = scaleOrg(options.scaleUsers);
  const t = performance.now();
  const org = generateOrg(base, scaleProfile(base, scale));
  const generateMs = Math.round(performance.now() - t);
  const rows = orgRows(org);
  const model = judgedModel(options);
  const timing = model === 'server' ? options.timing : undefined;
  const large = await serve(org, model, options);
  const small = await serve(generateOrg(base, orgProfile(scale.justOnUsers)), model, options);
  log(`scale: ${scale.users} users generated in ${generateMs} ms (${JSON.stringify(rows.size)}), emulator loaded in ${large.loadMs} ms`);
  try {
    const inSmall: Measured[] = [];
    const inLarge: Measured[] = [];
    for (let i = 0; i < options.repeats; i += 1) {
      inSmall.push(await measure(small.emulator, 'optimised', {}, timing));
      log(`  ${scale.justOnUsers} JustOn users alone: ${inSmall.at(-1)!.wallMs} ms, ${inSmall.at(-1)!.apiCalls} calls`);
      inLarge.push(await measure(large.emulator, 'optimised', {}, timing));
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
  const sizes: Array<Awaited<ReturnType<typeof benchSize>>> = [];
  for (const users of options.sizes) sizes.push(await benchSize(base, users, options));
  const fix = options.fixUsers > 0 ? await benchFix(base, options.fixUsers, options) : undefined;
  const scale = options.scaleUsers > 0 ? await benchScale(base, options) : undefined;
  const html = options.htmlUsers > 0 ? await benchHtml(root, base, options.htmlUsers) : undefined;
  if (html) log(`HTML report: ${JSON.stringify(html)}`);
  const loadAfter = loadavg();

  // Calls, waves, memory and the time targets are judged under one model: the flat one when measured.
  const judged = judgedModel(options);
  const judgedRuns = (s: (typeof sizes)[number]) => s.models[judged]!;
  const measurements: SizeMeasurement[] = sizes.map((s) => {
    const { ours, straightforward } = judgedRuns(s);
    return {
      users: s.users,
      neededRows: s.neededRows,
      optimised: {
        apiCalls: ours.apiCalls,
        waves: ours.timelineWaves,
        wallMs: ours.wallMs,
        peakRssMb: ours.peakRssMb,
        emulatorCpuMs: ours.emulatorCpuMs,
      },
      straightforward: { apiCalls: straightforward.apiCalls, wallMs: straightforward.wallMs },
    };
  });
  const fixMeasurement: FixMeasurement | undefined = fix && { users: fix.lackingAccess, writes: fix.writes, wallMs: fix.applyMs };
  const scaleMeasurement: ScaleMeasurement | undefined = scale && {
    justOnUsers: scale.justOnUsers,
    large: { users: scale.users, permissionSets: scale.permissionSets },
    small: { apiCalls: scale.small.apiCalls, wallMs: scale.small.wallMs },
    scaled: { apiCalls: scale.large.apiCalls, wallMs: scale.large.wallMs, emulatorCpuMs: scale.large.emulatorCpuMs },
  };
  const latency = judged === 'flat' ? options.latencyMs : 'the server-time model';
  const verdicts = [
    ...judge(measurements, fixMeasurement, latency),
    ...(scaleMeasurement ? judgeScale(scaleMeasurement, latency) : []),
    ...(html ? judgeHtml(html) : []),
  ];
  const tableRows: TableRow[] = sizes.map((s) => {
    const { ours, straightforward } = judgedRuns(s);
    return {
      users: s.users,
      ours: { apiCalls: ours.apiCalls, waves: ours.timelineWaves, collectorWaves: ours.collector?.waves ?? 0, peakRssMb: ours.peakRssMb },
      straightforward: { apiCalls: straightforward.apiCalls, waves: straightforward.timelineWaves, peakRssMb: straightforward.peakRssMb },
      wall: Object.fromEntries(
        Object.entries(s.models).map(([model, runs]) => [model, { ours: runs.ours.wallMs, straightforward: runs.straightforward.wallMs }]),
      ),
    };
  });
  const splitRows = (model: ModelName): SplitRow[] =>
    sizes.map((s) => ({
      users: s.users,
      splits: Object.fromEntries(
        Object.entries({ ...s.models[model]?.splits, planned: s.models[model]?.ours })
          .filter(([, run]) => run)
          .map(([split, run]) => [split, { apiCalls: run!.apiCalls, wallMs: run!.wallMs, modelledMs: run!.modelled?.totalMs }]),
      ),
    }));
  const splitNames = SPLIT_NAMES.filter((split) => options.splits.includes(split));
  const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(' ');
  const out: string[] = [
    `juston-audit benchmark · page size ${PAGE_SIZE} · node ${process.version}`,
    ...options.models.map((model) => `  ${model}: ${describeModel(model, options.latencyMs, options.timing)}`),
    `load average (1/5/15 min) before ${load(loadBefore)}, after ${load(loadAfter)} · ${Math.round((performance.now() - started) / 1000)} s in all`,
    '',
    renderTable(tableRows, options.models),
    '',
    `wall time: connect → collect → evaluate → terminal report, in a child process after its modules loaded (median run); calls, waves and RSS: ${judged} model.`,
    "waves: longest chain of requests each sent after an earlier answer, from the client's request timeline.",
    ...sizes.map((s) => {
      const { ours, straightforward } = judgedRuns(s);
      return `  ${s.users} users, ours: phases ${JSON.stringify(ours.phases)}, collector counted ${ours.collector?.apiCalls} calls in ${ours.collector?.waves} wave(s), ${mb(ours.bytesReceived)} received (straightforward ${mb(straightforward.bytesReceived)}); emulator CPU ${ours.emulatorCpuMs} ms; same verdicts as straightforward: ${sameVerdicts(ours, straightforward) ? 'yes' : 'NO'}`;
    }),
    '',
    'our audit with each split of the collection’s reads (fewest calls: as few composite requests as Salesforce allows; planned: the collector’s call budget, as the CLI runs; unbounded: as many calls as its estimates say help); change against the fewest calls',
    ...options.models.flatMap((model) => [
      `${describeModel(model, options.latencyMs, options.timing)}:`,
      renderSplits(splitRows(model), splitNames),
    ]),
    ...(fix
      ? [
          '',
          `--fix on ${fix.lackingAccess} JustOn users lacking access: ${fix.changes} changes, ${fix.writes} write calls + ${fix.reads} read calls (the emulator counted ${fix.emulatorCountedApplyCalls} calls during apply), apply ${ms(fix.applyMs)}, plan+apply+verify ${ms(fix.planApplyVerifyMs)}; verified ${fix.verified}, not verified ${fix.notVerified}, failed ${fix.failed}`,
        ]
      : []),
    ...(scale
      ? [
          '',
          `scale (${judged} model): ${scale.justOnUsers} JustOn users in ${scale.org.users} users, ${scale.org.permissionSets} permission sets and ${scale.org.assignments} assignments (generated in ${ms(scale.generateMs)}, served after ${ms(scale.emulatorLoadMs)}): ${scale.large.apiCalls} calls, ${scale.large.wallMs} ms, ${scale.large.peakRssMb} MB peak RSS, ${mb(scale.large.bytesReceived)} received, emulator CPU ${scale.large.emulatorCpuMs} ms; alone: ${scale.small.apiCalls} calls, ${scale.small.wallMs} ms, ${scale.small.peakRssMb} MB, ${mb(scale.small.bytesReceived)}; same verdicts: ${sameVerdicts(scale.small, scale.large) ? 'yes' : 'NO'}`,
        ]
      : []),
    ...(html
      ? [
          '',
          `HTML report (written by the CLI, opened from a file URL in headless Chromium; times from navigation start): demo ${kb(html.demoBytes)}; ${html.users} users with access ${mb(html.withAccess.bytes)}, first rows ${html.withAccess.readyMs} ms, a search answered ${html.withAccess.interactiveMs} ms; lacking access ${mb(html.lacking.bytes)}, ${html.lacking.readyMs} ms, ${html.lacking.interactiveMs} ms`,
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
    timing: options.timing,
    pageSize: PAGE_SIZE,
    loadAverage: { before: loadBefore, after: loadAfter },
    options,
    sizes,
    fix,
    scale,
    html,
    verdicts,
  };
  const file = resolve(process.cwd(), options.out);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  process.stderr.write(`results written to ${options.out}\n`);
  return 0;
}

/** The model whose runs the targets are judged on (and the --fix measurement runs under): flat when measured. */
const judgedModel = (options: BenchOptions): ModelName => (options.models.includes('flat') ? 'flat' : 'server');

const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
const kb = (n: number) => `${(n / 2 ** 10).toFixed(0)} KB`;
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
