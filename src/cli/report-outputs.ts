import { extname } from 'node:path';
import { UsageError } from '../errors.js';
import { reportFormats, type ReportFormat } from '../report/index.js';

export interface ReportOutput {
  format: ReportFormat;
  /** null = stdout */
  file: string | null;
}

const BY_EXTENSION: Record<string, ReportFormat> = {
  '.json': 'json',
  '.sarif': 'sarif',
  '.xml': 'junit',
  '.md': 'markdown',
  '.html': 'html',
  '.txt': 'terminal',
};

/**
 * Where each report goes. `--output [FORMAT:]FILE` may repeat; its format is the prefix, else the file
 * extension (.json .sarif .xml .md .html .txt), else `--format`. `--format` (default terminal) goes to stdout,
 * unless it was given and a file already takes that format (`--format json --output r.json`).
 */
export function reportOutputs(format: string | undefined, outputs: string[]): ReportOutput[] {
  const stdoutFormat = checkFormat(format ?? 'terminal', '--format');
  const files = outputs.map((spec): ReportOutput => {
    const prefixed = /^([a-z]+):(.+)$/.exec(spec);
    if (prefixed && (reportFormats as string[]).includes(prefixed[1])) return { format: prefixed[1] as ReportFormat, file: prefixed[2] };
    const byExtension = BY_EXTENSION[extname(spec).toLowerCase()];
    if (byExtension) return { format: byExtension, file: spec };
    if (format) return { format: stdoutFormat, file: spec };
    throw new UsageError(
      `--output ${spec}: cannot tell the format from the name; use .json, .sarif, .xml, .md, .html or .txt, or write FORMAT:${spec}`,
    );
  });
  const stdoutTaken = format !== undefined && files.some((output) => output.format === stdoutFormat);
  return stdoutTaken ? files : [{ format: stdoutFormat, file: null }, ...files];
}

function checkFormat(value: string, flag: string): ReportFormat {
  if ((reportFormats as string[]).includes(value)) return value as ReportFormat;
  throw new UsageError(`${flag}: unknown format '${value}' (use ${reportFormats.join(', ')})`);
}
