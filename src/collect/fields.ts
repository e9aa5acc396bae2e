import { fieldNames, type SObjectName, SOBJECT_FIELDS } from '../snapshot/sobject-fields.js';

// Kept only for src/bench, which still imports the field lists from here; they come from SOBJECT_FIELDS.
export { selectList } from '../snapshot/sobject-fields.js';
export const FIELDS = Object.fromEntries(Object.keys(SOBJECT_FIELDS).map((s) => [s, fieldNames(s as SObjectName) as readonly string[]])) as Readonly<Record<SObjectName, readonly string[]>>;
