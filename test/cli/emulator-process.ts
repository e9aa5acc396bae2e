import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { cleanUpAfterFile } from '../harness/cleanup.js';
import { bin, env, root } from './built-bin.js';

/** What `juston-audit emulator` prints when it is ready. */
export interface EmulatorLine {
  instanceUrl: string;
  accessToken: string;
  loginUrl: string;
  username: string;
  password: string;
  clientId?: string;
  jwtKeyFile?: string;
}

export interface EmulatorProcess {
  line: EmulatorLine;
  /** Everything the process printed on stdout so far. */
  stdout(): string;
  /** SIGTERM, then its exit code. */
  stop(): Promise<number | null>;
}

/** Starts `node dist/cli.js emulator ARGS` in a process of its own; it is stopped after the test file at the latest. */
export async function startEmulatorProcess(args: string[]): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, [bin, 'emulator', ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  cleanUpAfterFile(() => child.kill('SIGTERM'));
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const firstLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    void exited.then((code) => reject(new Error(`the emulator exited (${code}) before printing its URL: ${stderr}`)));
  });
  return {
    line: JSON.parse(firstLine) as EmulatorLine,
    stdout: () => stdout,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
