import type { ErrorObject } from 'ajv';
import { rules as registry } from '../rules/index.js';
import type { AnyRule } from '../rules/types.js';
import { describeSchemaError, jsonPath, meaningfulErrors, schemaViolation, validatorFor, valueAt } from '../support/json-schema.js';
import { buildConfigSchema } from './schema.js';
import { closest } from './suggest.js';
import type { AuditConfig } from './types.js';

const schemas = new WeakMap<readonly AnyRule[], object>();

/** The config schema of a rule registry, built once so its validator is compiled once. */
function configSchemaFor(rules: readonly AnyRule[]): object {
  let schema = schemas.get(rules);
  if (!schema) {
    schema = buildConfigSchema(rules);
    schemas.set(rules, schema);
  }
  return schema;
}

const unknownRule = (pointer: string, given: string, ids: readonly string[]): string => {
  const hint = closest(given, ids);
  return `${jsonPath(pointer)}: unknown rule '${given}'${hint ? ` (did you mean '${hint}'?)` : ''}`;
};

/** Readable problems: one line per error, with a "did you mean" for misspelt rule ids. */
function configProblems(errors: ErrorObject[] | null | undefined, ids: readonly string[], data: unknown): string[] {
  return meaningfulErrors(errors).map((e) => {
    const p = e.params as Record<string, unknown>;
    if (e.keyword === 'additionalProperties' && /^\/(rules|attestations)$/.test(e.instancePath))
      return unknownRule(e.instancePath, String(p.additionalProperty), ids);
    if (e.keyword === 'enum' && /^\/suppressions\/\d+\/rule$/.test(e.instancePath))
      return unknownRule(e.instancePath, String(valueAt(data, e.instancePath)), ids);
    if (e.keyword === 'maxProperties' && p.limit === 0) return `${jsonPath(e.instancePath)}: this rule takes no options`;
    return describeSchemaError(e);
  });
}

/** Validates a parsed config; throws InputError naming `source` and listing EVERY problem with its JSON path. */
export function validateConfig(data: unknown, source: string, rules: readonly AnyRule[] = registry): AuditConfig {
  // No config file (the usual case) is valid as it is: do not compile the schema for it.
  if (isEmptyObject(data)) return data as AuditConfig;
  const validate = validatorFor(configSchemaFor(rules));
  if (validate(data)) return data as AuditConfig;
  throw schemaViolation(
    `config ${source}`,
    configProblems(
      validate.errors,
      rules.map((r) => r.meta.id),
      data,
    ),
  );
}

function isEmptyObject(data: unknown): boolean {
  return data !== null && typeof data === 'object' && !Array.isArray(data) && Object.keys(data).length === 0;
}
