import { reportFailure } from './report-failure.js';

/**
 * The process's last line of defence: an error nobody caught (a stream error event, a rejected promise
 * nobody awaited) ends the run with one line and exit 3, as any unexpected error does, instead of Node's
 * stack dump and exit 1 (which means "failing rules found").
 */
export function installCrashHandlers(argv: string[], write: (text: string) => unknown = (text) => process.stderr.write(text)): void {
  const verbose = argv.includes('--verbose');
  const crash = (error: unknown) => {
    process.exitCode = reportFailure(error, write, verbose) === 2 ? 2 : 3;
    process.exit();
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}
