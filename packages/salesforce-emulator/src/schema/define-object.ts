import type { ApiSurface } from '../org-data.js';
import { auditFields, idField } from './field.js';
import type { ChildRelationshipDef, FieldDef, ObjectDef, QueryRestriction } from './types.js';

export interface ObjectSpec {
  name: string;
  /** `OBJ <page>.htm` or `TOOL <page>.htm`: where Salesforce documents the object and its fields. */
  source: string;
  /** Fields no source confirms; the README lists each as [unverified]. */
  unverifiedFields?: string[];
  label?: string;
  keyPrefix: string;
  apis?: ApiSurface[];
  /** Which DML calls the object supports; query is always allowed. */
  calls?: Array<'create' | 'update' | 'delete'>;
  fields: FieldDef[];
  /** Leave out CreatedDate etc. (some setup objects do not expose them). */
  noAuditFields?: boolean;
  children?: Array<[relationshipName: string, childSObject: string, field: string]>;
  queryRestriction?: QueryRestriction;
}

/** Builds an ObjectDef with Id and audit fields added, as the object reference lists them. */
export function defineObject(spec: ObjectSpec): ObjectDef {
  const calls = spec.calls ?? [];
  const fields = [idField(), ...spec.fields, ...(spec.noAuditFields ? [] : auditFields())];
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
    source: spec.source,
    unverifiedFields: spec.unverifiedFields ?? [],
  };
}
