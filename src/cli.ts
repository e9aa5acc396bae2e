#!/usr/bin/env node
import { installCrashHandlers } from './cli/crash-handlers.js';
import { processIO } from './cli/io.js';
import { reportFailure } from './cli/report-failure.js';
import { TOOL } from './cli/tool-info.js';

const argv = process.argv.slice(2);
if (argv.length === 1 && argv[0] === '--version') {
  // Answered before the argument parser loads (npm run bench:start holds --version to 150 ms).
  process.stdout.write(`${TOOL.version}\n`);
} else {
  installCrashHandlers(argv);
  const io = processIO();
  const { runCli } = await import('./cli/run-cli.js');
  process.exitCode = await runCli(argv, io).catch((error: unknown) =>
    reportFailure(error, (text) => io.stderr.write(text), argv.includes('--verbose')),
  );
}
