import { isatty } from 'node:tty';

/** Where the CLI reads and writes: the real process in production, buffers in tests. */
export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Asks a yes/no question; null when there is no terminal to ask on. */
  confirm: ((question: string) => Promise<boolean>) | null;
  /** Shows a long step's status in place of the stderr line below (the sf plugin's spinner). */
  progress?: (message: string) => void;
}

export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    // isatty(0), not process.stdin.isTTY: opening stdin as a stream costs start-up time when nothing will be asked.
    confirm: isatty(0) ? askOnTerminal : null,
  };
}

async function askOnTerminal(question: string): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises'); // only when a question is asked
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await terminal.question(`${question} [y/N] `)).trim());
  } finally {
    terminal.close();
  }
}

/** Status lines for long steps go to stderr, and only on a terminal, so piped output stays clean. */
export function progress(io: CliIO, message: string): void {
  if (io.progress) io.progress(message);
  else if (io.stderr.isTTY) io.stderr.write(`… ${message}\n`);
}
