import { InputError } from '../errors.js';
import { compileOnce, describeSchemaErrors } from '../support/json-schema.js';
import { readJsonFile } from '../support/read-json-file.js';
import type { Snapshot } from './snapshot.js';

const validateSnapshot = compileOnce('snapshot.schema.json');

/** Checks a parsed document against snapshot.schema.json; `source` names it in the error. */
export function parseSnapshot(document: unknown, source: string): Snapshot {
  const validate = validateSnapshot();
  if (!validate(document)) {
    const problems = describeSchemaErrors(validate.errors);
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more: ${problems.slice(1, 4).join('; ')})` : '';
    throw new InputError(`snapshot ${source}: ${problems[0]}${more}`);
  }
  const snapshot = document as Snapshot & { $schema?: string };
  delete snapshot.$schema;
  return snapshot;
}

export async function loadSnapshot(path: string): Promise<Snapshot> {
  return parseSnapshot(await readJsonFile(path, 'snapshot'), path);
}
