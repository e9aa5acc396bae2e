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

/** A JSON Pointer (`/rules/license~1status`) as a JSON path (`$.rules["license/status"]`). */
export function jsonPath(pointer: string): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  return `$${parts.map((p) => (/^\d+$/.test(p) ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`)).join('')}`;
}

/** The value at a JSON Pointer. */
export function valueAt(data: unknown, pointer: string): unknown {
  return pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data);
}

/** `$.rules["x/y"].options.editions[0]: must be string` style lines, one per ajv error. */
export function describeErrors(errors: ErrorObject[] | null | undefined, root = ''): string[] {
  return (errors ?? []).map((e) => {
    const path = jsonPath(`${root}${e.instancePath}`);
    const p = e.params as Record<string, unknown>;
    if (e.keyword === 'additionalProperties') return `${path}: unknown property '${String(p.additionalProperty)}'`;
    if (e.keyword === 'enum') return `${path}: must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    if (e.keyword === 'required') return `${path}: missing required property '${String(p.missingProperty)}'`;
    return `${path}: ${e.message ?? e.keyword}`;
  });
}
