#!/usr/bin/env node
import { answerWithoutParser } from './cli/answer-without-parser.js';
import { installCrashHandlers } from './cli/crash-handlers.js';
import { processIO } from './cli/io.js';
import { reportFailure } from './cli/report-failure.js';

const argv = process.argv.slice(2);
installCrashHandlers(argv);
const io = processIO();
const answer = answerWithoutParser(argv, io) ?? import('./cli/run-cli.js').then(({ runCli }) => runCli(argv, io));
process.exitCode = await answer.catch((error: unknown) =>
  reportFailure(error, (text) => io.stderr.write(text), argv.includes('--verbose')),
);
