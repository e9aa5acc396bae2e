import { AuditError } from '../errors.js';
import { exitCodeForError } from './exit-code.js';
import { redactSecrets } from '../support/redact-secrets.js';

type Write = (text: string) => unknown;

/**
 * What ends the run on stderr, and its exit code: a typed error's own message (a config error lists its
 * problems on the lines after), or one line "internal error: …" for anything unexpected (exit 3, never 1).
 * The stack only with --verbose.
 */
export function reportFailure(error: unknown, write: Write, verbose: boolean): 1 | 2 | 3 {
  const known = error instanceof AuditError;
  const text = error instanceof Error ? error.message : String(error);
  const message = known ? text : `internal error: ${firstLine(text)}`;
  const hint = !known && !verbose ? ' (run with --verbose for details)' : '';
  write(`juston-audit: ${redactSecrets(message)}${hint}\n`);
  if (verbose && error instanceof Error && error.stack) write(`${redactSecrets(error.stack)}\n`);
  return exitCodeForError(error);
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .find((line) => line.trim())
      ?.trim() ?? 'unknown error'
  );
}
