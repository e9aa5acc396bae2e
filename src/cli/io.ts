/** Where the CLI reads and writes: the real process in production, buffers in tests. */
export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** Status lines for long steps go to stderr, and only on a terminal, so piped output stays clean. */
export function progress(io: CliIO, message: string): void {
  if (io.stderr.isTTY) io.stderr.write(`… ${message}\n`);
}
