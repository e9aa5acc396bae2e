import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../../dist/errors.js';
import { runJuston } from '../src/run-juston.js';

describe('runJuston', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('gives sf the exit code of the outcome, as the juston-audit CLI does', async () => {
    for (const [outcome, code] of [
      ['ok', 0],
      ['failing', 1],
      ['incomplete', 3],
    ] as const) {
      await runJuston(async () => outcome);
      expect(process.exitCode).toBe(code);
    }
  });

  it("turns juston-audit's error into an SfError with its one-line message, name and exit code", async () => {
    const error = await runJuston(async () => {
      throw new UsageError('--dry-run goes with --fix (sf juston audit --fix --dry-run)');
    }).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({
      name: 'UsageError',
      message: '--dry-run goes with --fix (sf juston audit --fix --dry-run)',
      exitCode: 2,
    });
  });

  it('redacts a session id in an unexpected error, which exits 3 as an internal error', async () => {
    const error = await runJuston(async () => {
      throw new Error('socket closed after Bearer 00D5g0000000001!AQ4AQFh2sWk.secret');
    }).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ name: 'InternalError', exitCode: 3 });
    expect((error as Error).message).toMatch(/^internal error: /);
    expect((error as Error).message).not.toContain('AQ4AQFh2sWk');
  });
});
