import type { ErrorObject, ValidateFunction } from 'ajv';
import { InputError } from '../errors.js';
import { rules as registry } from '../rules/index.js';
import type { AnyRule } from '../rules/types.js';
import { ajv, describeErrors, jsonPath, valueAt } from './ajv.js';
import { buildConfigSchema } from './schema.js';
import { closest } from './suggest.js';
import type { AuditConfig } from './types.js';

const compiled = new WeakMap<readonly AnyRule[], ValidateFunction>();

function validatorFor(rules: readonly AnyRule[]): ValidateFunction {
  let v = compiled.get(rules);
  if (!v) {
    v = ajv.compile(buildConfigSchema(rules));
    compiled.set(rules, v);
  }
  return v;
}

/** Readable problems: one line per error, with a "did you mean" for misspelt rule ids. */
export function configProblems(errors: ErrorObject[], ids: readonly string[], data: unknown): string[] {
  const relevant = errors.filter((e) => e.keyword !== 'if');
  return describeErrors(relevant).map((line, i) => {
    const e = relevant[i];
    const p = e.params as Record<string, unknown>;
    if (e.keyword === 'additionalProperties' && /^\/(rules|attestations)$/.test(e.instancePath)) {
      const hint = closest(String(p.additionalProperty), ids);
      return `${jsonPath(e.instancePath)}: unknown rule '${String(p.additionalProperty)}'${hint ? ` (did you mean '${hint}'?)` : ''}`;
    }
    if (e.keyword === 'enum' && /^\/suppressions\/\d+\/rule$/.test(e.instancePath)) {
      const given = String(valueAt(data, e.instancePath));
      const hint = closest(given, ids);
      return `${jsonPath(e.instancePath)}: unknown rule '${given}'${hint ? ` (did you mean '${hint}'?)` : ''}`;
    }
    if (e.keyword === 'maxProperties' && p.limit === 0) return `${jsonPath(e.instancePath)}: this rule takes no options`;
    return line;
  });
}

/** Validates a parsed config; throws InputError naming `source` and listing EVERY problem with its JSON path. */
export function validateConfig(data: unknown, source: string, rules: readonly AnyRule[] = registry): AuditConfig {
  // No config file (the usual case) is valid as it is: do not compile the schema for it.
  if (isEmptyObject(data)) return data as AuditConfig;
  const validate = validatorFor(rules);
  if (validate(data)) return data as AuditConfig;
  const problems = configProblems(validate.errors ?? [], rules.map((r) => r.meta.id), data);
  throw new InputError(`Invalid config ${source} (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

function isEmptyObject(data: unknown): boolean {
  return data !== null && typeof data === 'object' && !Array.isArray(data) && Object.keys(data).length === 0;
}
