import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { beforeAll } from 'vitest';

// The real entry point, as `npx juston-audit` runs it: the built bin of package.json.
export const root = fileURLToPath(new URL('../../', import.meta.url));
export const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string; bin: Record<string, string> };
export const bin = `${root}${pkg.bin['juston-audit']}`;
/** A minimal environment: no SF_* leaks in from the machine running the tests. */
export const env = { PATH: process.env.PATH, HOME: tmpdir() };

/** Runs the built bin in a process of its own. */
export function run(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, env: { ...env, ...extraEnv }, timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Fails the file up front when dist/ was not built. */
export function requireBuiltBin(): void {
  beforeAll(() => {
    if (!existsSync(bin)) throw new Error(`${bin} is missing: run 'npm run build' first ('npm test' does)`);
  });
}
