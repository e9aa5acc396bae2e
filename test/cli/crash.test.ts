import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run-cli.js';
import { reportFailure } from '../../src/cli/report-failure.js';
import { FixError, UsageError } from '../../src/errors.js';

/** An io whose stdout breaks the way a bug would: an unexpected TypeError in the middle of a command. */
function brokenIO(): { io: CliIO; stderr: () => string } {
  let stderr = '';
  const io: CliIO = {
    stdout: {
      write: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'write')");
      },
    },
    stderr: { write: (text: string) => (stderr += text) },
    env: { PATH: process.env.PATH },
    cwd: process.cwd(),
    confirm: null,
  };
  return { io, stderr: () => stderr };
}

describe('an unexpected error ends the run with exit 3 and one line', () => {
  it('without --verbose: one line, no stack', async () => {
    const { io, stderr } = brokenIO();
    expect(await runCli(['rules'], io)).toBe(3);
    expect(stderr()).toBe(
      "juston-audit: internal error: Cannot read properties of undefined (reading 'write') (run with --verbose for details)\n",
    );
  });

  it('with --verbose: the line, then the stack', async () => {
    const { io, stderr } = brokenIO();
    expect(await runCli(['rules', '--verbose'], io)).toBe(3);
    expect(stderr()).toMatch(/^juston-audit: internal error: Cannot read .*\nTypeError: .*\n\s+at /);
  });

  it('a multi-line message is cut to its first line; typed errors keep their own codes', () => {
    let out = '';
    const write = (text: string) => (out += text);
    expect(reportFailure(new Error('first\nsecond'), write, false)).toBe(3);
    expect(reportFailure('a string', write, false)).toBe(3);
    expect(reportFailure(new UsageError('bad flag'), write, false)).toBe(2);
    expect(reportFailure(new FixError('rolled back'), write, false)).toBe(1);
    expect(out.split('\n').filter(Boolean)).toEqual([
      'juston-audit: internal error: first (run with --verbose for details)',
      'juston-audit: internal error: a string (run with --verbose for details)',
      'juston-audit: bad flag',
      'juston-audit: rolled back',
    ]);
  });
});
