import { describe, expect, it } from 'vitest';
import { prerenderedHelp, PRERENDERED_HELP_WIDTHS } from '../../src/cli/prerendered-help.js';
import { renderHelp } from '../../src/cli/run-cli.js';
import { requireBuiltBin, run } from '../cli/built-bin.js';
import { cli } from '../cli/helpers.js';

requireBuiltBin();

// The bin answers --version, --help, `rules` and `explain RULE` before the argument parser loads
// (src/cli/answer-without-parser.ts): each must be what the parser would have printed.
describe('what the built bin answers without the argument parser', () => {
  it('--help is the prerendered help, which is what yargs renders now at each prerendered width', async () => {
    for (const width of PRERENDERED_HELP_WIDTHS) expect(prerenderedHelp(width), `width ${width}`).toBe(await renderHelp(width));
    const piped = await run(['--help'], { NODE_DEBUG: 'module' });
    expect(piped.code).toBe(0);
    expect(piped.stdout).toBe(await renderHelp(80));
    expect(piped.stderr).not.toContain('yargs');
  });

  it('other help widths and anything with a flag still go through yargs', async () => {
    expect(prerenderedHelp(90)).toBeUndefined();
    const parsed = await run(['rules', '--help'], { NODE_DEBUG: 'module' });
    expect(parsed.code).toBe(0);
    expect(parsed.stdout).toMatch(/^juston-audit rules\n/);
    expect(parsed.stderr).toContain('yargs');
  });

  it('rules and explain print what the in-process CLI prints, without loading yargs', async () => {
    for (const argv of [['rules'], ['explain', 'access/balance-fields']]) {
      const built = await run(argv, { NODE_DEBUG: 'module' });
      const parsed = await cli(argv);
      expect(built.code, argv.join(' ')).toBe(0);
      expect(built.stdout, argv.join(' ')).toBe(parsed.stdout);
      expect(built.stderr, argv.join(' ')).not.toContain('yargs');
    }
  });

  it('explain of an unknown rule: the same one-line error and exit 2', async () => {
    const built = await run(['explain', 'access/balance-field']);
    const parsed = await cli(['explain', 'access/balance-field']);
    expect(built).toEqual({ code: 2, stdout: '', stderr: parsed.stderr });
    expect(built.stderr).toBe(
      "juston-audit: unknown rule 'access/balance-field' (did you mean 'access/balance-fields'?); 'juston-audit rules' lists them\n",
    );
  });

  it('yargs speaks English whatever the locale, as the prerendered help and the usage hints assume', async () => {
    const german = { LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' };
    expect((await run(['rules', '--help'], german)).stdout).toContain('Options:');
    expect((await run(['--fial-on', 'error'], german)).stderr).toBe(
      'juston-audit: unknown argument: --fial-on (did you mean --fail-on?); see --help\n',
    );
  });
});
