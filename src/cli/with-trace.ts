import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { CliIO } from './io.js';
import { TOOL } from './tool-info.js';
import { writeOwnerOnlyFile } from '../support/write-private-file.js';
import { harOf } from '../trace/har.js';
import { recordExchanges } from '../trace/record-exchanges.js';

/**
 * `--trace FILE`: records every HTTP exchange while `run` runs and writes them as HAR 1.2, secrets
 * redacted, mode 0600 — also when the run fails (that is when a trace is wanted). A trace that cannot be
 * written fails a run that otherwise succeeded; after a failed run it is a warning and the run's own
 * error stands. Several orgs in one run share one trace: each entry's URL names its org.
 */
async function withTrace<T>(file: string | undefined, io: CliIO, run: () => Promise<T>): Promise<T> {
  if (!file) return run();
  const { exchanges, outcome } = await recordExchanges(run);
  if (outcome.status === 'rejected') {
    await writeTrace(file, exchanges, io).catch((writeError: Error) => {
      io.stderr.write(`juston-audit: warning: --trace ${file}: could not write the trace: ${writeError.message}\n`);
    });
    throw outcome.reason;
  }
  await writeTrace(file, exchanges, io).catch((writeError: Error) => {
    throw new UsageError(`--trace ${file}: could not write the trace: ${writeError.message}`);
  });
  return outcome.value;
}

/** `command` run under `withTrace` when `args.trace` names a file (relative to the CLI's cwd): `traced(args, io, auditCommand)(…)`. */
export function traced<A extends unknown[], R>(args: { trace?: string }, io: CliIO, command: (...commandArgs: A) => Promise<R>) {
  const file = args.trace ? resolve(io.cwd, args.trace) : undefined;
  return (...commandArgs: A): Promise<R> => withTrace(file, io, () => command(...commandArgs));
}

async function writeTrace(file: string, exchanges: Parameters<typeof harOf>[0], io: CliIO): Promise<void> {
  const har = harOf(exchanges, TOOL);
  await writeOwnerOnlyFile(file, `${JSON.stringify(har, null, 2)}\n`);
  io.stderr.write(`Trace of ${har.log.entries.length} HTTP exchange(s) written to ${file} (secrets redacted: check before sending it)\n`);
}
