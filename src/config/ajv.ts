import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default export may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv) => Ajv;

/** One shared Ajv instance: every problem at once, formats (date, date-time) checked. */
export const ajv = addFormats(new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }));

const cache = new WeakMap<object, ValidateFunction>();

/** Compiles a schema once and caches the validator. */
export function validatorFor(schema: object): ValidateFunction {
  let v = cache.get(schema);
  if (!v) {
    v = ajv.compile(schema);
    cache.set(schema, v);
  }
  return v;
}

/** `"/rules/x/options/editions/0": must be string` style lines, one per ajv error. */
export function describeErrors(errors: ErrorObject[] | null | undefined, root = ''): string[] {
  return (errors ?? []).map((e) => {
    const path = `${root}${e.instancePath}` || '/';
    const p = e.params as Record<string, unknown>;
    if (e.keyword === 'additionalProperties') return `${path}: unknown property '${String(p.additionalProperty)}'`;
    if (e.keyword === 'enum') return `${path}: must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    if (e.keyword === 'required') return `${path}: missing required property '${String(p.missingProperty)}'`;
    return `${path}: ${e.message ?? e.keyword}`;
  });
}
