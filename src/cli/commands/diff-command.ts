import { diffInputs } from '../../diff/diff-inputs.js';
import { loadDiffInput } from '../../diff/load-diff-input.js';
import { diffRenderers, type DiffFormat } from '../../diff/renderers.js';
import { changeCount } from '../../diff/types.js';
import type { Outcome } from '../../outcome.js';
import { writeOwnerOnlyFile } from '../../support/write-private-file.js';
import type { CliIO } from '../io.js';

export interface DiffArgs {
  old: string;
  new: string;
  format: DiffFormat;
  /** Write the diff here instead of stdout. */
  output?: string;
}

/** `juston-audit diff OLD NEW`: prints what changed; `failing` (exit 1) when something did, like diff(1). */
export async function diffCommand(args: DiffArgs, io: CliIO): Promise<Outcome> {
  const diff = diffInputs(loadDiffInput(args.old), loadDiffInput(args.new));
  const text = diffRenderers[args.format](diff);
  if (args.output === undefined) {
    io.stdout.write(text);
  } else {
    // The diff names users and settings of the org, like the reports: owner-only.
    await writeOwnerOnlyFile(args.output, text);
    io.stderr.write(`${args.format} diff written to ${args.output}\n`);
  }
  return changeCount(diff) === 0 ? 'ok' : 'failing';
}
