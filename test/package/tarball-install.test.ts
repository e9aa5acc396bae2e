import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bin } from '../cli/built-bin.js';
import { STABLE_RULE_IDS } from '../harness/rule-ids.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function run(command: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, timeout: 150_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

let workDir: string | undefined;
afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('the packed tarball installed into an empty prefix', () => {
  it('prints what the built bin prints and runs --demo: the bundled emulator and snapshot contract come with it', async () => {
    workDir = await mkdtemp(join(tmpdir(), 'juston-audit-tarball-'));
    // --ignore-scripts: pack the dist/ built before the tests without rebuilding it.
    const packed = await run('npm', ['pack', '--ignore-scripts', '--pack-destination', workDir], root);
    expect(packed.code, packed.stderr).toBe(0);
    const [tarball] = (await readdir(workDir)).filter((name) => name.endsWith('.tgz'));
    const prefix = join(workDir, 'prefix');
    const installed = await run(
      'npm',
      ['install', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(workDir, tarball)],
      workDir,
    );
    expect(installed.code, installed.stderr).toBe(0);

    const installedBin = join(prefix, 'node_modules/.bin/juston-audit');
    // What the repository's bin prints, the installed one prints: the bundle finds package.json and the prerendered help.
    for (const argv of [['--version'], ['--help'], ['rules'], ['explain', 'access/balance-fields']]) {
      const [fromTarball, fromRepo] = await Promise.all([run(installedBin, argv, workDir), run(process.execPath, [bin, ...argv], workDir)]);
      expect(fromTarball, argv.join(' ')).toEqual(fromRepo);
      expect(fromTarball.code, argv.join(' ')).toBe(0);
    }

    const demo = await run(installedBin, ['--demo', '--format', 'json'], workDir);
    expect(demo.stderr).toBe('');
    expect(demo.code, 'failing rules found: the demo org is misconfigured on purpose').toBe(1);
    const report = JSON.parse(demo.stdout) as { results: unknown[] };
    expect(report.results).toHaveLength(STABLE_RULE_IDS.length);
  }, 180_000);
});
