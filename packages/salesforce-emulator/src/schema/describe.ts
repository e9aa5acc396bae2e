import type { DescribeField, DescribeResult } from '@juston-audit/org-snapshot';
import type { FieldDef, ObjectDef } from './types.js';

const SYSTEM_FIELDS = new Set([
  'Id',
  'CreatedDate',
  'CreatedById',
  'LastModifiedDate',
  'LastModifiedById',
  'SystemModstamp',
  'IsDeleted',
  'OwnerId',
]);

/** A field with no field-level security: system and audit fields, master-detail, required fields. */
export function isPermissionable(f: FieldDef): boolean {
  if (SYSTEM_FIELDS.has(f.name) || f.type === 'id') return false;
  const required = !f.nillable && f.type !== 'boolean' && f.createable && f.defaultValue === null && !f.defaultedOnCreate;
  const masterDetail = f.type === 'reference' && !f.nillable;
  return !required && !masterDetail;
}

function describeField(f: FieldDef, custom: boolean): DescribeField {
  return {
    name: f.name,
    label: f.label,
    type: f.type,
    custom: custom || f.name.endsWith('__c'),
    permissionable: isPermissionable(f),
    createable: f.createable,
    updateable: f.updateable,
    calculated: f.calculated,
    nillable: f.nillable,
    filterable: f.filterable,
    sortable: f.filterable,
    defaultValue: f.defaultValue,
    defaultedOnCreate: f.defaultedOnCreate === true || f.defaultValue !== null || f.type === 'id' || !f.createable,
    idLookup: f.type === 'id',
    referenceTo: f.referenceTo,
    relationshipName: f.relationshipName,
    picklistValues: f.picklistValues.map((v) => ({ active: true, defaultValue: v === f.defaultValue, label: v, value: v })),
  };
}

/** The describe result Salesforce returns for an sObject, built from its definition. */
export function describeObject(def: ObjectDef, apiVersion: string): DescribeResult {
  const base = `/services/data/v${apiVersion}/sobjects/${def.name}`;
  return {
    name: def.name,
    label: def.label,
    labelPlural: def.label,
    keyPrefix: def.keyPrefix,
    custom: def.custom,
    queryable: def.queryable,
    createable: def.createable,
    updateable: def.updateable,
    deletable: def.deletable,
    retrieveable: true,
    searchable: false,
    fields: def.fields.map((f) => describeField(f, def.custom)),
    childRelationships: def.childRelationships.map((c) => ({
      childSObject: c.childSObject,
      field: c.field,
      relationshipName: c.relationshipName,
      cascadeDelete: false,
      deprecatedAndHidden: false,
    })),
    urls: { sobject: base, describe: `${base}/describe`, rowTemplate: `${base}/{ID}` },
  };
}
