import { Chalk, type ChalkInstance } from 'chalk';
import type { Severity, Status } from '../engine/types.js';

/** Colours for the terminal, from a Chalk instance of its own: level 0 (no codes at all) when color is false. */
export interface Style {
  chalk: ChalkInstance;
  status(status: Status, text: string): string;
  severity(severity: Severity, text: string): string;
  heading(text: string): string;
  dim(text: string): string;
}

export function makeStyle(color: boolean): Style {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const byStatus: Record<Status, ChalkInstance> = {
    pass: chalk.green,
    fail: chalk.red,
    inconclusive: chalk.yellow,
    manual: chalk.cyan,
    'not-applicable': chalk.gray,
  };
  const bySeverity: Record<Severity, ChalkInstance> = { error: chalk.red, warning: chalk.yellow, note: chalk.blue };
  return {
    chalk,
    status: (status, text) => byStatus[status](text),
    severity: (severity, text) => bySeverity[severity](text),
    heading: (text) => chalk.bold(text),
    dim: (text) => chalk.dim(text),
  };
}
