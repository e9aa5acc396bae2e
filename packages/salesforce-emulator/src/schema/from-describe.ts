import type { DescribeField, DescribeResult } from '@juston-audit/org-snapshot';
import type { ApiSurface } from '../org-data.js';
import { field } from './field.js';
import type { ChildRelationshipDef, FieldDef, FieldType, ObjectDef } from './types.js';

const SYSTEM_FIELDS = new Set(['Id', 'CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById', 'SystemModstamp', 'IsDeleted']);

function fieldFromDescribe(f: DescribeField): FieldDef {
  const calculated = f.calculated === true;
  const writable = !calculated && !SYSTEM_FIELDS.has(f.name) && f.type !== 'id';
  return field(f.name, f.type as FieldType, {
    label: typeof f.label === 'string' ? f.label : f.name,
    referenceTo: Array.isArray(f.referenceTo) ? (f.referenceTo as string[]) : [],
    relationshipName: typeof f.relationshipName === 'string' ? f.relationshipName : null,
    filterable: typeof f.filterable === 'boolean' ? f.filterable : true,
    createable: typeof f.createable === 'boolean' ? f.createable : writable && (f.updateable || f.type === 'reference'),
    updateable: f.updateable,
    nillable: f.nillable,
    defaultValue: f.defaultValue ?? (f.type === 'boolean' ? false : null),
    calculated,
    permissionable: f.permissionable,
  });
}

function childRelationships(d: DescribeResult): ChildRelationshipDef[] {
  if (!Array.isArray(d.childRelationships)) return [];
  return (d.childRelationships as Array<Record<string, unknown>>)
    .filter((c) => typeof c.relationshipName === 'string')
    .map((c) => ({ relationshipName: c.relationshipName as string, childSObject: String(c.childSObject), field: String(c.field) }));
}

/**
 * An ObjectDef from a stored describe result. Missing object-level flags default to what a custom
 * object has (full DML); a missing key prefix is filled in by the caller.
 */
export function objectFromDescribe(d: DescribeResult, fallbackPrefix: string, apis: ApiSurface[] = ['data']): ObjectDef {
  const flag = (k: string, dflt: boolean): boolean => (typeof d[k] === 'boolean' ? d[k] : dflt);
  const fields = d.fields.map(fieldFromDescribe);
  if (!fields.some((f) => f.name === 'Id')) fields.unshift(field('Id', 'id', { createable: false, updateable: false, nillable: false }));
  return {
    name: d.name,
    label: typeof d.label === 'string' ? d.label : d.name,
    keyPrefix: typeof d.keyPrefix === 'string' ? d.keyPrefix : fallbackPrefix,
    apis,
    custom: flag('custom', d.name.endsWith('__c')),
    queryable: flag('queryable', true),
    createable: flag('createable', true),
    updateable: flag('updateable', true),
    deletable: flag('deletable', true),
    fields,
    childRelationships: childRelationships(d),
  };
}
