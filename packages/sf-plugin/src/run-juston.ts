import { SfError } from '@salesforce/core';
import { exitCodeFor, reportFailure, type Outcome } from './juston-audit.js';

/**
 * Runs a juston-audit command and gives sf its exit code the way the juston-audit CLI does (src/cli/exit-code.ts):
 * an outcome sets process.exitCode (sf's --json envelope reports it as `status`); a failure becomes an SfError
 * with juston-audit's own message, secrets redacted, and exit code, so sf prints it in its error format.
 */
export async function runJuston(run: () => Promise<Outcome | void>, verbose = false): Promise<void> {
  let outcome: Outcome | void;
  try {
    outcome = await run();
  } catch (error) {
    let text = '';
    const exitCode = reportFailure(error, (line) => (text += line), verbose);
    const name = error instanceof Error && error.name !== 'Error' ? error.name : 'InternalError';
    throw new SfError(text.replace(/^juston-audit: /, '').trimEnd(), name, undefined, exitCode);
  }
  process.exitCode = outcome ? exitCodeFor(outcome) : 0;
}
