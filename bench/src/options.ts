/** Command-line options of `npm run bench`. */
export interface BenchOptions {
  latencyMs: number;
  /** JustOn users per audited org. */
  sizes: number[];
  /** Users lacking Balance access in the `--fix` measurement (0 = skip it). */
  fixUsers: number;
  /** Users of the large org of the scale scenario (0 = skip it); see org-profile.ts. */
  scaleUsers: number;
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
    sizes: DEFAULT_SIZES,
    fixUsers: 2000,
    scaleUsers: 200_000,
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
  if (options.quick) {
    // A smoke run: small orgs, one timing each; the targets are still judged on what was measured.
    if (!argv.some((a) => a.startsWith('--sizes'))) options.sizes = [10, 1000];
    if (!argv.some((a) => a.startsWith('--fix-users'))) options.fixUsers = 200;
    if (!argv.some((a) => a.startsWith('--scale-users'))) options.scaleUsers = 0;
    if (!argv.some((a) => a.startsWith('--repeats'))) options.repeats = 1;
  }
  return options;
}

export class HelpRequested extends Error {}

export const USAGE = `npm run bench -- [options]
  --latency-ms N    delay the emulator adds to every response (default 50)
  --sizes A,B,C     JustOn users per org (default 10,1000,20000)
  --fix-users N     users lacking access for the --fix measurement (default 2000; 0 skips it)
  --scale-users N   users of the scale scenario's large org, a tenth as many permission sets, 50 of them
                    JustOn users, against an org of those 50 alone (default 200000; 0 skips it)
  --repeats N       timed runs per org and way, median reported (default 3)
  --out FILE        results file (default bench/results.json)
  --quick           smoke run: sizes 10,1000, fix 200 users, no scale scenario, one run each`;

function number(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${flag}: '${text}' is not a non-negative number`);
  return n;
}
