#!/usr/bin/env node
import { installCrashHandlers } from './cli/crash-handlers.js';
import { processIO } from './cli/io.js';
import { reportFailure } from './cli/report-failure.js';
import { runCli } from './cli/run-cli.js';

const argv = process.argv.slice(2);
installCrashHandlers(argv);
const io = processIO();
process.exitCode = await runCli(argv, io).catch((error: unknown) =>
  reportFailure(error, (text) => io.stderr.write(text), argv.includes('--verbose')),
);
