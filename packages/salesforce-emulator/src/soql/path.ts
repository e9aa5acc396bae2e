import type { Catalog } from '../schema/catalog.js';
import type { FieldDef, ObjectDef } from '../schema/types.js';
import type { Row } from '../store/row.js';
import type { Store } from '../store/store.js';
import { unknownField, unknownRelationship } from './errors.js';

/** A field reached from an object: zero or more reference hops, then a field. */
export interface FieldPath {
  /** Reference fields followed, in order (e.g. ParentId, ProfileId for Parent.Profile.Name). */
  hops: FieldDef[];
  field: FieldDef;
  /** The object that holds `field` (the first referenceTo for polymorphic hops). */
  owner: ObjectDef;
  text: string;
}

/** Resolves `Parent.Profile.Name` against `def`; unknown parts are INVALID_FIELD as Salesforce says. */
export function resolvePath(catalog: Catalog, def: ObjectDef, text: string, alias?: string): FieldPath {
  let parts = text.split('.');
  if (alias && parts.length > 1 && parts[0].toLowerCase() === alias.toLowerCase()) parts = parts.slice(1);
  const hops: FieldDef[] = [];
  let owner = def;
  for (const rel of parts.slice(0, -1)) {
    const ref = catalog.relationship(owner, rel);
    const target = ref && ref.referenceTo.map((t) => catalog.object(t)).find((o) => o);
    if (!ref || !target) throw unknownRelationship(rel);
    hops.push(ref);
    owner = target;
  }
  const name = parts[parts.length - 1];
  const field = catalog.field(owner, name);
  if (!field) throw unknownField(parts.length > 1 ? text : name, owner.name);
  return { hops, field, owner, text };
}

/** The row reached by following a reference value (any sObject: polymorphic lookups allowed). */
export function follow(store: Store, value: unknown): { def: ObjectDef; row: Row } | null {
  return typeof value === 'string' ? store.locate(value) : null;
}

/** The value of a path on a row; null when any hop is null. */
export function readPath(store: Store, row: Row, path: FieldPath): unknown {
  let current: Row | null = row;
  for (const hop of path.hops) {
    current = follow(store, current[hop.name])?.row ?? null;
    if (!current) return null;
  }
  return current[path.field.name] ?? null;
}
