import type { ApiSurface } from '../org-data.js';
import type { ObjectSource } from './sources/object-source.js';

export type FieldType =
  | 'id'
  | 'string'
  | 'boolean'
  | 'reference'
  | 'picklist'
  | 'multipicklist'
  | 'combobox'
  | 'int'
  | 'double'
  | 'currency'
  | 'percent'
  | 'date'
  | 'datetime'
  | 'textarea'
  | 'email'
  | 'url'
  | 'phone'
  | 'anyType'
  | 'complexvalue';

export interface FieldDef {
  name: string;
  type: FieldType;
  label: string;
  referenceTo: string[];
  relationshipName: string | null;
  filterable: boolean;
  createable: boolean;
  updateable: boolean;
  nillable: boolean;
  /** Set on create when the caller sends nothing. */
  defaultValue: unknown;
  /** Salesforce fills the field on create when the caller sends nothing, so it is not required. */
  defaultedOnCreate?: boolean;
  calculated: boolean;
  permissionable: boolean;
  picklistValues: string[];
}

export interface ChildRelationshipDef {
  relationshipName: string;
  childSObject: string;
  field: string;
}

/** Extra query rules a real org applies to one object. */
export type QueryRestriction = 'requires-id-filter';

export interface ObjectDef {
  name: string;
  label: string;
  keyPrefix: string;
  apis: ApiSurface[];
  custom: boolean;
  queryable: boolean;
  createable: boolean;
  updateable: boolean;
  deletable: boolean;
  fields: FieldDef[];
  childRelationships: ChildRelationshipDef[];
  queryRestriction?: QueryRestriction;
  /** The describe capture and reference page its fields come from (standard objects only). */
  source?: ObjectSource;
  /** Fields served although no source confirms them, each listed as [unverified] in the README. */
  unverifiedFields?: string[];
}
