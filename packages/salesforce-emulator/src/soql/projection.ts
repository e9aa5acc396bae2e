import type { FieldType as SelectItem } from '@jetstreamapp/soql-parser-js';
import type { WireRecord } from '../org-data.js';
import type { ObjectDef } from '../schema/types.js';
import type { Row } from '../store/row.js';
import { attributesOf } from './attributes.js';
import type { QueryContext } from './context.js';
import { malformed } from './errors.js';
import { follow, resolvePath, type FieldPath } from './path.js';
import { compileChildQuery } from './child-query.js';

export type Projector = (row: Row) => WireRecord;

/** Follows a reference value to its row; one per projected record, so shared hops are looked up once. */
type Follow = (value: unknown) => ReturnType<typeof follow>;
type Writer = (out: WireRecord, row: Row, follow: Follow) => void;

const copy = (v: unknown): unknown => (v !== null && typeof v === 'object' ? structuredClone(v) : (v ?? null));

/** Writes one path into the record, nesting parent relationships with their own attributes. */
function pathWriter(ctx: QueryContext, path: FieldPath): Writer {
  return (out, row, followRef) => {
    let target: Record<string, unknown> = out;
    let current = row;
    for (const hop of path.hops) {
      const rel = hop.relationshipName!;
      const next = followRef(current[hop.name]);
      if (!next) {
        if (!(rel in target)) target[rel] = null;
        return;
      }
      if (!target[rel]) target[rel] = { attributes: attributesOf(ctx, next.def, next.row.Id) };
      target = target[rel] as Record<string, unknown>;
      current = next.row;
    }
    target[path.field.name] = copy(current[path.field.name]);
  };
}

function itemWriter(ctx: QueryContext, def: ObjectDef, item: SelectItem, alias?: string): Writer {
  switch (item.type) {
    case 'Field':
      return pathWriter(ctx, resolvePath(ctx.catalog, def, item.field, alias));
    case 'FieldRelationship':
      return pathWriter(ctx, resolvePath(ctx.catalog, def, [...item.relationships, item.field].join('.'), alias));
    case 'FieldSubquery': {
      const child = compileChildQuery(ctx, def, item.subquery);
      return (out, row) => {
        out[child.relationshipName] = child.run(row);
      };
    }
    default:
      throw malformed(`The emulator does not support ${item.type} in SELECT`);
  }
}

/** Compiles a SELECT list (no aggregates) into a row → wire record function. */
export function compileProjection(ctx: QueryContext, def: ObjectDef, items: SelectItem[], alias?: string): Projector {
  const writers = items.map((i) => itemWriter(ctx, def, i, alias));
  return (row) => {
    const out: WireRecord = { attributes: attributesOf(ctx, def, row.Id) };
    // `Parent.Id, Parent.Name, …` follow the same reference: look each value up once per record.
    let seen: Map<unknown, ReturnType<typeof follow>> | undefined;
    const followRef: Follow = (value) => {
      seen ??= new Map();
      let hit = seen.get(value);
      if (hit === undefined) seen.set(value, (hit = follow(ctx.store, value)));
      return hit;
    };
    for (const w of writers) w(out, row, followRef);
    return out;
  };
}
