import { compileOnce, describeSchemaErrors } from '../../src/support/json-schema.js';

const validateDiff = compileOnce('diff.schema.json');

/** Problems of a `diff --format json` document against diff.schema.json; empty when it validates. */
export function diffSchemaProblems(diff: unknown): string[] {
  const validate = validateDiff();
  return validate(diff) ? [] : describeSchemaErrors(validate.errors);
}
