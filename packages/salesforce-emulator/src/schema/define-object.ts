import type { ApiSurface } from '../org-data.js';
import { field, type FieldOptions } from './field.js';
import { AUDIT_FIELDS, type ObjectSource } from './sources/object-source.js';
import type { ChildRelationshipDef, FieldDef, ObjectDef, QueryRestriction } from './types.js';

/** What a describe does not carry: the values the emulator accepts and fills in. */
type FieldExtras = Pick<FieldOptions, 'label' | 'picklistValues' | 'defaultValue' | 'defaultedOnCreate'>;

export interface ObjectSpec {
  name: string;
  /** The describe capture and reference page every served field comes from. */
  source: ObjectSource;
  label?: string;
  keyPrefix: string;
  apis?: ApiSurface[];
  /** Which DML calls the object supports; query is always allowed. */
  calls?: Array<'create' | 'update' | 'delete'>;
  /** The fields served besides Id and the audit fields the source lists; every property comes from the source. */
  fields: Array<string | [name: string, extras: FieldExtras]>;
  /** Fields served although the source does not list them; the README lists each as [unverified]. */
  unverified?: FieldDef[];
  children?: Array<[relationshipName: string, childSObject: string, field: string]>;
  queryRestriction?: QueryRestriction;
}

function sourcedField(source: ObjectSource, name: string, extras: FieldExtras = {}): FieldDef {
  const facts = source.fields[name];
  if (!facts) throw new Error(`${source.object}.${name} is served but its source does not list it`);
  const { type, referenceTo, relationshipName, ...flags } = facts;
  return field(name, type, { ...flags, referenceTo: referenceTo ?? [], relationshipName: relationshipName ?? null, ...extras });
}

/** Builds an ObjectDef whose fields, with Id and the audit fields the source lists, take their properties from the source. */
export function defineObject(spec: ObjectSpec): ObjectDef {
  const { source } = spec;
  const calls = spec.calls ?? [];
  const fields = [
    sourcedField(source, 'Id', { label: 'Record ID' }),
    ...spec.fields.map((f) => (typeof f === 'string' ? sourcedField(source, f) : sourcedField(source, f[0], f[1]))),
    ...(spec.unverified ?? []),
    ...Object.keys(AUDIT_FIELDS)
      .filter((name) => source.fields[name])
      .map((name) => sourcedField(source, name)),
  ];
  const childRelationships: ChildRelationshipDef[] = (spec.children ?? []).map(([relationshipName, childSObject, field]) => ({
    relationshipName,
    childSObject,
    field,
  }));
  return {
    name: spec.name,
    label: spec.label ?? spec.name,
    keyPrefix: spec.keyPrefix,
    apis: spec.apis ?? ['data'],
    custom: false,
    queryable: true,
    createable: calls.includes('create'),
    updateable: calls.includes('update'),
    deletable: calls.includes('delete'),
    fields,
    childRelationships,
    queryRestriction: spec.queryRestriction,
    source,
    unverifiedFields: (spec.unverified ?? []).map((f) => f.name),
  };
}
