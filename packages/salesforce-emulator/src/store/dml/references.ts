import { SalesforceApiError } from '../../api-error.js';
import type { ObjectDef } from '../../schema/types.js';
import { looksLikeId } from '../ids.js';
import type { Row } from '../row.js';
import type { Store } from '../store.js';

/**
 * Each reference field in `patch` must name an existing record of an allowed type; the stored
 * value becomes that record's own Id (so a 15-character Id is stored as 18).
 * Malformed → MALFORMED_ID; no such record → INVALID_CROSS_REFERENCE_KEY; wrong type →
 * FIELD_INTEGRITY_EXCEPTION (as Apex DML reports "id value of incorrect type") [community].
 */
export function checkReferences(store: Store, def: ObjectDef, patch: Row): void {
  for (const f of def.fields) {
    if (f.type !== 'reference' || !(f.name in patch) || patch[f.name] === null) continue;
    const value = patch[f.name];
    if (!looksLikeId(value)) {
      throw new SalesforceApiError('MALFORMED_ID', `${f.name}: id value of incorrect type: ${String(value)}`, 400, [f.name]);
    }
    const owner = store.ownerOf(value);
    const known = f.referenceTo.filter((t) => store.catalog.object(t));
    if (!owner) {
      // A target type the emulator does not model (e.g. UserRole) cannot be checked.
      if (known.length < f.referenceTo.length || f.referenceTo.length === 0) continue;
      throw new SalesforceApiError('INVALID_CROSS_REFERENCE_KEY', `invalid cross reference id`, 400, [f.name]);
    }
    if (f.referenceTo.length > 0 && !f.referenceTo.includes(owner)) {
      throw new SalesforceApiError('FIELD_INTEGRITY_EXCEPTION', `${f.name}: id value of incorrect type: ${value}`, 400, [f.name]);
    }
    patch[f.name] = store.get(store.catalog.object(owner)!, value)!.Id;
  }
}
