import { isatty } from 'node:tty';
import type { Spinner } from '@salesforce/sf-plugins-core';
import type { CliIO } from './juston-audit.js';

/** What a juston-audit command needs from the sf command that runs it. */
export interface SfSide {
  /** --json: nothing but the envelope on stdout, so the command's stdout is captured for the result. */
  json: boolean;
  spinner: Spinner;
  confirm(question: string): Promise<boolean>;
}

/**
 * doctor and rollback: with --json they run with juston-audit's `--format json`, and the document they print
 * becomes sf's result; without it their text goes to the terminal and the result is empty.
 */
export function documentOutput<T>(json: boolean, captured: () => string): { format: 'terminal' | 'json'; result(): T | undefined } {
  return { format: json ? 'json' : 'terminal', result: () => (json ? (JSON.parse(captured()) as T) : undefined) };
}

export interface SfIO {
  io: CliIO;
  /** What the command wrote to stdout (only with --json; otherwise it went to the terminal). */
  captured(): string;
}

/**
 * juston-audit's CliIO for an sf command: progress shows on sf's spinner, which stops before any line is written
 * (so a report does not land inside its animation), and only on a terminal; questions go through sf's prompt, also
 * only on a terminal.
 */
export function sfIO(side: SfSide, spinnerTitle: string): SfIO {
  let stdoutText = '';
  let spinning = false;
  const stopSpinner = () => {
    if (spinning) side.spinner.stop();
    spinning = false;
  };
  const writer = (stream: NodeJS.WriteStream, capture: boolean) => ({
    isTTY: capture ? false : stream.isTTY,
    write(text: string) {
      if (text === '') return true;
      stopSpinner();
      if (capture) stdoutText += text;
      else stream.write(text);
      return true;
    },
  });
  const io: CliIO = {
    stdout: writer(process.stdout, side.json),
    stderr: writer(process.stderr, false),
    env: process.env,
    cwd: process.cwd(),
    confirm: isatty(0) && !side.json ? (question) => side.confirm(question) : null,
    // Off a terminal, as juston-audit's own progress lines: a CI log gets no spinner frames.
    progress: process.stderr.isTTY
      ? (message) => {
          if (spinning) side.spinner.status = message;
          else side.spinner.start(spinnerTitle, message);
          spinning = true;
        }
      : () => {},
  };
  return {
    io,
    captured: () => {
      stopSpinner();
      return stdoutText;
    },
  };
}
