import { readFileSync } from 'node:fs';
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv and ajv-formats are CommonJS; under NodeNext their default export is the module object.
const Ajv = AjvModule.default ?? AjvModule;
const addFormats = addFormatsModule.default ?? addFormatsModule;

/** One shared Ajv instance: every schema the tool enforces is compiled once, with all errors reported. */
export const ajv = new Ajv({ allErrors: true, strict: false, useDefaults: true });
addFormats(ajv);

/** Loads a JSON Schema that ships at the package root (beside package.json). */
export function loadPackageSchema(fileName: string): Record<string, unknown> {
  const url = new URL(`../../${fileName}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

export function compileOnce(fileName: string): () => ValidateFunction {
  let validate: ValidateFunction | undefined;
  return () => (validate ??= ajv.compile(loadPackageSchema(fileName)));
}

/** "/records/User/0/Id: must be string" — one line per problem, JSON path first. */
export function describeSchemaErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const path = error.instancePath || '/';
    if (error.keyword === 'additionalProperties') {
      return `${path}: unknown property '${String(error.params.additionalProperty)}'`;
    }
    if (error.keyword === 'required') {
      return `${path}: missing required property '${String(error.params.missingProperty)}'`;
    }
    if (error.keyword === 'const' || error.keyword === 'enum') {
      const allowed = error.keyword === 'const' ? [error.params.allowedValue] : error.params.allowedValues;
      return `${path}: must be ${(allowed as unknown[]).map((v) => JSON.stringify(v)).join(' or ')}`;
    }
    return `${path}: ${error.message ?? 'is invalid'}`;
  });
}
