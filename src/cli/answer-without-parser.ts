import { exitCodeFor } from './exit-code.js';
import type { CliIO } from './io.js';
import { outputWidth } from './output-width.js';
import { prerenderedHelp } from './prerendered-help.js';
import { TOOL } from './tool-info.js';

/**
 * The invocations answered before the argument parser loads, each exactly as runCli answers it: `--version`,
 * `--help` at a prerendered width, `rules` and `explain RULE`, alone. yargs' loading and help rendering are
 * about half of the 150 ms start-up budget on Node 20 (npm run bench:start). Anything else: undefined.
 */
export function answerWithoutParser(argv: string[], io: CliIO): Promise<number> | undefined {
  const width = outputWidth(io.stdout as { columns?: number });
  const [command, argument] = argv;
  if (argv.length === 1 && command === '--version') return print(io, `${TOOL.version}\n`);
  if (argv.length === 1 && command === '--help') {
    const help = prerenderedHelp(width);
    return help === undefined ? undefined : print(io, help);
  }
  if (argv.length === 1 && command === 'rules') {
    return import('./commands/rule-commands.js').then(({ rulesCommand }) => {
      rulesCommand(io);
      return exitCodeFor('ok');
    });
  }
  if (argv.length === 2 && command === 'explain' && !argument.startsWith('-')) {
    return import('./commands/rule-commands.js').then(({ explainCommand }) => {
      explainCommand(argument, io, width);
      return exitCodeFor('ok');
    });
  }
  return undefined;
}

function print(io: CliIO, text: string): Promise<number> {
  io.stdout.write(text);
  return Promise.resolve(exitCodeFor('ok'));
}
