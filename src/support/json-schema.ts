import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { InputError } from '../errors.js';

// ajv-formats is CommonJS; under NodeNext its default export may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv) => Ajv;

/**
 * The one Ajv instance for every schema the tool enforces (config, rule options, snapshot, journal,
 * report): every problem at once, formats checked, strict about the schemas themselves. strictRequired
 * is off because `not: { required: [...] }` (the snapshot's "no wire attributes") is deliberate.
 */
export const ajv = addFormats(new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }));

const compiled = new WeakMap<object, ValidateFunction>();

/** Compiles a schema once (per schema object) and keeps the validator. */
export function validatorFor(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/** A validator for a JSON Schema that ships at the package root (beside package.json), read on first use. */
export function compileOnce(fileName: string): () => ValidateFunction {
  let schema: object | undefined;
  return () => validatorFor((schema ??= JSON.parse(readFileSync(new URL(`../../${fileName}`, import.meta.url), 'utf8')) as object));
}

const unescape = (segment: string): string => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** A JSON Pointer (`/rules/license~1status`) as a JSON path (`$.rules["license/status"]`). */
export function jsonPath(pointer: string): string {
  const parts = pointer.split('/').slice(1).map(unescape);
  return `$${parts.map((p) => (/^\d+$/.test(p) ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`)).join('')}`;
}

/** The value at a JSON Pointer. */
export function valueAt(data: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map(unescape)
    .reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data);
}

/** `if` fails whenever its `then` or `else` does; that error says nothing of its own. */
export const meaningfulErrors = (errors: ErrorObject[] | null | undefined): ErrorObject[] =>
  (errors ?? []).filter((e) => e.keyword !== 'if');

/** One problem as `$.path: what is wrong`; `root` is a JSON Pointer prefix when the data sits inside a larger document. */
export function describeSchemaError(error: ErrorObject, root = ''): string {
  const path = jsonPath(`${root}${error.instancePath}`);
  const p = error.params as Record<string, unknown>;
  const quoted = (values: unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');
  if (error.keyword === 'additionalProperties') return `${path}: unknown property '${String(p.additionalProperty)}'`;
  if (error.keyword === 'required') return `${path}: missing required property '${String(p.missingProperty)}'`;
  if (error.keyword === 'const') return `${path}: must be ${JSON.stringify(p.allowedValue)}`;
  // A property the schema forbids (`"before": false`): Ajv says "boolean schema is false".
  if (error.keyword === 'false schema') return `${path}: must not be present`;
  if (error.keyword === 'enum') return `${path}: must be one of ${quoted(p.allowedValues as unknown[])}`;
  return `${path}: ${error.message ?? error.keyword}`;
}

/** `$.records.User[0].Id: must be string` style lines, one per problem. */
export function describeSchemaErrors(errors: ErrorObject[] | null | undefined, root = ''): string[] {
  return meaningfulErrors(errors).map((error) => describeSchemaError(error, root));
}

/** Problems listed before "… and N more": enough for any config, short enough for a huge snapshot. */
const PROBLEMS_SHOWN = 50;

/**
 * The one message for a document that breaks its schema: `Invalid <subject>: <problem>` on one line, or
 * with several problems a `(N problems):` header and one `  - <problem>` line each. `subject` names the
 * document and its file, e.g. `config /repo/juston-audit.config.json`.
 */
export function schemaViolation(subject: string, problems: readonly string[]): InputError {
  if (problems.length === 1) return new InputError(`Invalid ${subject}: ${problems[0]}`);
  const shown = problems.slice(0, PROBLEMS_SHOWN).map((problem) => `  - ${problem}`);
  if (problems.length > PROBLEMS_SHOWN) shown.push(`  … and ${problems.length - PROBLEMS_SHOWN} more`);
  return new InputError(`Invalid ${subject} (${problems.length} problems):\n${shown.join('\n')}`);
}
