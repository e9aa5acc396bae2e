import { SalesforceApiError } from '../../api-error.js';
import type { Catalog } from '../../schema/catalog.js';
import type { FieldDef, ObjectDef } from '../../schema/types.js';
import { coerce } from '../coerce.js';
import type { Row } from '../row.js';

export type WriteMode = 'create' | 'update';

/**
 * Maps the request body to canonical field names and stored values, refusing unknown and
 * read-only fields as the REST API does. `attributes` (sent by sObject Collections) is ignored,
 * and so is Id on update (the URL names the record).
 */
export function checkFields(catalog: Catalog, def: ObjectDef, body: Record<string, unknown>, mode: WriteMode): Row {
  const out: Row = {};
  const readOnly: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (key === 'attributes' || (mode === 'update' && key.toLowerCase() === 'id')) continue;
    const f = catalog.field(def, key);
    if (!f) throw new SalesforceApiError('INVALID_FIELD', `No such column '${key}' on sobject of type ${def.name}`, 400, [key]);
    if (mode === 'create' ? !f.createable : !f.updateable) {
      readOnly.push(f.name);
      continue;
    }
    out[f.name] = coerce(f, value);
    checkPicklist(f, out[f.name]);
  }
  if (readOnly.length > 0) {
    throw new SalesforceApiError(
      'INVALID_FIELD_FOR_INSERT_UPDATE',
      `Unable to ${mode} fields: ${readOnly.join(', ')}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
      400,
      readOnly,
    );
  }
  return out;
}

/** Picklists with listed values are restricted: anything else is refused. */
function checkPicklist(f: FieldDef, value: unknown): void {
  if (f.type !== 'picklist' || f.picklistValues.length === 0 || value === null) return;
  if (!f.picklistValues.includes(String(value))) {
    throw new SalesforceApiError(
      'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
      `${f.label}: bad value for restricted picklist field: ${String(value)}`,
      400,
      [f.name],
    );
  }
}

function isRequired(f: FieldDef): boolean {
  return !f.nillable && f.createable && f.type !== 'boolean' && f.defaultValue === null && !f.defaultedOnCreate;
}

/** REQUIRED_FIELD_MISSING for required fields that are absent or null (create) or set to null (update). */
export function checkRequired(def: ObjectDef, row: Row, mode: WriteMode, patch: Row): void {
  const missing = def.fields
    .filter(
      (f) =>
        isRequired(f) &&
        (mode === 'create' ? row[f.name] === null || row[f.name] === undefined : f.name in patch && patch[f.name] === null),
    )
    .map((f) => f.name);
  if (missing.length > 0) {
    throw new SalesforceApiError('REQUIRED_FIELD_MISSING', `Required fields are missing: [${missing.join(', ')}]`, 400, missing);
  }
}

/** Defaults for fields the create request left out. */
export function withDefaults(def: ObjectDef, patch: Row): Row {
  const row: Row = {};
  for (const f of def.fields) if (f.defaultValue !== null && f.defaultValue !== undefined) row[f.name] = f.defaultValue;
  return { ...row, ...patch };
}
