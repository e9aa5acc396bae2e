import { DEFAULT_SERVER_TIMING, type ServerTiming } from '@juston-audit/salesforce-emulator';
import { MODEL_NAMES, SPLIT_NAMES, type ModelName, type SplitName } from './timing.js';

/** Command-line options of `npm run bench`. */
export interface BenchOptions {
  /** The flat model's delay before every response. */
  latencyMs: number;
  /** The server-time model's settings. */
  timing: ServerTiming;
  /** Timing models to measure under, side by side. */
  models: ModelName[];
  /** Splits of the collection's reads compared under each model ('planned' is our audit, always run). */
  splits: SplitName[];
  /** JustOn users per audited org. */
  sizes: number[];
  /** Users lacking Balance access in the `--fix` measurement (0 = skip it). */
  fixUsers: number;
  /** Users of the scale scenario's large org (0 = skip it); see org-profile.ts. */
  scaleUsers: number;
  /** JustOn users of the HTML report's large pages (0 = skip the HTML measurement); see html-report.ts. */
  htmlUsers: number;
  /** Timed runs per size and way; the median is reported. */
  repeats: number;
  quick: boolean;
  /** Where results.json goes. */
  out: string;
}

const DEFAULT_SIZES = [10, 1000, 20000];

export function parseBenchArgs(argv: string[]): BenchOptions {
  const options: BenchOptions = {
    latencyMs: 50,
    timing: { ...DEFAULT_SERVER_TIMING },
    models: [...MODEL_NAMES],
    splits: [...SPLIT_NAMES],
    sizes: DEFAULT_SIZES,
    fixUsers: 2000,
    scaleUsers: 200_000,
    htmlUsers: 20_000,
    repeats: 3,
    quick: false,
    out: 'bench/results.json',
  };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split('=', 2) as [string, string | undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--latency-ms':
        options.latencyMs = number(flag, value());
        break;
      case '--round-trip-ms':
        options.timing.roundTripMs = number(flag, value());
        break;
      case '--per-subrequest-ms':
        options.timing.perSubrequestMs = number(flag, value());
        break;
      case '--per-thousand-rows-ms':
        options.timing.perThousandRowsMs = number(flag, value());
        break;
      case '--models':
        options.models = names(flag, value(), MODEL_NAMES);
        break;
      case '--splits':
        options.splits = names(flag, value(), SPLIT_NAMES);
        break;
      case '--sizes':
        options.sizes = value()
          .split(',')
          .map((s) => number(flag, s.replace(/_/g, '')));
        break;
      case '--fix-users':
        options.fixUsers = number(flag, value());
        break;
      case '--scale-users':
        options.scaleUsers = number(flag, value().replace(/_/g, ''));
        break;
      case '--html-users':
        options.htmlUsers = number(flag, value().replace(/_/g, ''));
        break;
      case '--repeats':
        options.repeats = Math.max(1, number(flag, value()));
        break;
      case '--out':
        options.out = value();
        break;
      case '--quick':
        options.quick = true;
        break;
      case '--help':
      case '-h':
        throw new HelpRequested();
      default:
        throw new Error(`unknown option ${flag} (try --help)`);
    }
  }
  if (!options.splits.includes('planned')) options.splits.push('planned');
  if (options.quick) {
    // A smoke run: small orgs, one timing each; the targets are still judged on what was measured.
    if (!argv.some((a) => a.startsWith('--sizes'))) options.sizes = [10, 1000];
    if (!argv.some((a) => a.startsWith('--fix-users'))) options.fixUsers = 200;
    if (!argv.some((a) => a.startsWith('--scale-users'))) options.scaleUsers = 0;
    if (!argv.some((a) => a.startsWith('--html-users'))) options.htmlUsers = 1000;
    if (!argv.some((a) => a.startsWith('--repeats'))) options.repeats = 1;
  }
  return options;
}

export class HelpRequested extends Error {}

export const USAGE = `npm run bench -- [options]
  --models flat,server    timing models to measure under, side by side (default both)
  --latency-ms N          flat model: the delay before every response (default 50)
  --round-trip-ms N       server-time model: network round trip per request (default ${DEFAULT_SERVER_TIMING.roundTripMs})
  --per-subrequest-ms N   server-time model: server time per request or composite subrequest (default ${DEFAULT_SERVER_TIMING.perSubrequestMs})
  --per-thousand-rows-ms N  server-time model: per 1,000 rows a query examines and returns (default ${DEFAULT_SERVER_TIMING.perThousandRowsMs})
  --splits A,B            splits of the reads compared under each model: fewest, planned, unbounded (default all)
  --sizes A,B,C           JustOn users per org (default 10,1000,20000)
  --fix-users N           users lacking access for the --fix measurement (default 2000; 0 skips it)
  --scale-users N         users of the scale scenario's large org, a tenth as many permission sets, 50 of them
                          JustOn users, against an org of those 50 alone (default 200000; 0 skips it)
  --html-users N          JustOn users of the HTML report's large pages, with and without Balance access, opened
                          in headless Chromium; the demo's page is measured too (default 20000; 0 skips it)
  --repeats N             timed runs per org and way, median reported (default 3)
  --out FILE              results file (default bench/results.json)
  --quick                 smoke run: sizes 10,1000, fix 200 users, no scale scenario, HTML of 1000 users, one run each`;

function number(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${flag}: '${text}' is not a non-negative number`);
  return n;
}

function names<T extends string>(flag: string, text: string, known: readonly T[]): T[] {
  const list = text.split(',').filter(Boolean);
  const unknown = list.filter((name) => !known.includes(name as T));
  if (unknown.length || !list.length) throw new Error(`${flag}: expected some of ${known.join(', ')}, got '${text}'`);
  return list as T[];
}
