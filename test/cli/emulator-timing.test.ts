import { describe, expect, it } from 'vitest';
// The deep path src/ uses: once jsforce/lib/connection.js is loaded (the CLI's handlers load it lazily, in this
// worker's shared module cache), importing the package root yields no Connection (a require cycle in jsforce).
import { Connection } from 'jsforce/lib/connection.js';
import { emulatorCommand, type EmulatorArgs } from '../../src/cli/commands/emulator-command.js';
import type { CliIO } from '../../src/cli/io.js';
import { cli, SAMPLE } from './helpers.js';

/** Runs `juston-audit emulator` in-process, times one query against it, then stops it. */
async function timeOneQuery(args: Omit<EmulatorArgs, 'org' | 'port'>): Promise<number> {
  let stop!: () => void;
  let ready!: (line: string) => void;
  const printed = new Promise<string>((resolve) => (ready = resolve));
  const io = { stdout: { write: (text: string) => ready(text) }, stderr: { write: () => true }, env: {}, cwd: '.', confirm: null };
  const served = emulatorCommand({ org: SAMPLE.clean, port: 0, ...args }, io as CliIO, new Promise<void>((resolve) => (stop = resolve)));
  const { instanceUrl, accessToken } = JSON.parse(await printed) as { instanceUrl: string; accessToken: string };
  const started = performance.now();
  await new Connection({ instanceUrl, accessToken, version: '62.0' }).query('SELECT Id FROM Organization');
  const elapsed = performance.now() - started;
  stop();
  await served;
  return elapsed;
}

describe('juston-audit emulator: timing flags', () => {
  it('answers after the round trip plus server time that the flags give', async () => {
    expect(await timeOneQuery({ timing: { roundTripMs: 150, perSubrequestMs: 150 } })).toBeGreaterThanOrEqual(295);
    // the fastest of three: a loaded machine slows a query down, it cannot speed one up
    const untimed = [await timeOneQuery({ latencyMs: 0 }), await timeOneQuery({ latencyMs: 0 }), await timeOneQuery({ latencyMs: 0 })];
    expect(Math.min(...untimed)).toBeLessThan(250);
  });

  it('refuses --latency-ms beside a server-time flag, and a negative number, with one line and exit 2', async () => {
    const both = await cli(['emulator', '--org', SAMPLE.clean, '--latency-ms', '50', '--server-time']);
    expect(both).toMatchObject({ code: 2, stdout: '' });
    expect(both.stderr.trim()).toBe('juston-audit: --latency-ms and the server-time flags are two timing models: give one');
    const negative = await cli(['emulator', '--org', SAMPLE.clean, '--per-thousand-rows-ms', '-1']);
    expect(negative.code).toBe(2);
    expect(negative.stderr.trim().split('\n')).toEqual([
      expect.stringContaining('--per-thousand-rows-ms: expected a number of milliseconds ≥ 0'),
    ]);
  });
});
