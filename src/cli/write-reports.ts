import { reporters, type AuditRun, type ReportOptions } from '../report/index.js';
import { writeOwnerOnlyFile } from '../support/write-private-file.js';
import type { CliIO } from './io.js';
import type { ReportOutput } from './report-outputs.js';

/** Renders every requested format once from the same runs; files hold org data, so they are 0600. */
export async function writeReports(runs: AuditRun[], outputs: ReportOutput[], options: ReportOptions, io: CliIO): Promise<void> {
  for (const output of outputs) {
    const text = reporters[output.format](runs, output.file ? { ...options, color: false } : options);
    if (output.file === null) {
      io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    } else {
      await writeOwnerOnlyFile(output.file, text);
      io.stderr.write(`${output.format} report written to ${output.file}\n`);
    }
  }
}
