import { compileOnce, describeSchemaErrors, schemaViolation } from '../support/json-schema.js';
import { readUserJson } from '../support/read-user-file.js';
import type { Snapshot } from '@juston-audit/org-snapshot';

const validateSnapshot = compileOnce('snapshot.schema.json');

/** Checks a parsed document against snapshot.schema.json; `source` names it in the error. */
export function parseSnapshot(document: unknown, source: string): Snapshot {
  const validate = validateSnapshot();
  if (!validate(document)) throw schemaViolation(`snapshot ${source}`, describeSchemaErrors(validate.errors));
  const snapshot = document as Snapshot & { $schema?: string };
  delete snapshot.$schema;
  return snapshot;
}

export async function loadSnapshot(path: string): Promise<Snapshot> {
  return parseSnapshot(readUserJson(path, 'snapshot'), path);
}
