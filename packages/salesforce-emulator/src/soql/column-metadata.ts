import type { FieldDef, FieldType } from '../schema/types.js';

/**
 * One column of a `columns=true` answer, as the Salesforce CLI's `sf data query` reads it
 * (`@salesforce/plugin-data` Field types: a column with joinColumns is a parent relationship, an
 * aggregate one with joinColumns a child subquery, an aggregate one without a function).
 */
export interface ColumnMetadata {
  aggregate: boolean;
  apexType: string | null;
  booleanType: boolean;
  columnName: string;
  custom: boolean;
  displayName: string;
  foreignKeyName: string | null;
  insertable: boolean;
  joinColumns: ColumnMetadata[];
  numberType: boolean;
  textType: boolean;
  updatable: boolean;
}

const TEXT: FieldType[] = ['string', 'picklist', 'multipicklist', 'combobox', 'textarea', 'email', 'url', 'phone'];
const NUMBER: FieldType[] = ['int', 'double', 'currency', 'percent'];

/**
 * Apex type of a field type (Apex Developer Guide, primitive data types). `id` and `reference`
 * are `Id`; `double`, `currency` and `percent` as `Double` is [unverified] (Apex reads them as Decimal).
 */
const APEX_TYPE: Record<FieldType, string> = {
  id: 'Id',
  reference: 'Id',
  string: 'String',
  picklist: 'String',
  multipicklist: 'String',
  combobox: 'String',
  textarea: 'String',
  email: 'String',
  url: 'String',
  phone: 'String',
  boolean: 'Boolean',
  int: 'Integer',
  double: 'Double',
  currency: 'Double',
  percent: 'Double',
  date: 'Date',
  datetime: 'Datetime',
  anyType: 'Object',
  complexvalue: 'Object',
};

/** The column of one field; `displayName` is its path as selected (e.g. `Owner.Name` inside joinColumns). */
export function fieldColumn(field: FieldDef, displayName = field.name): ColumnMetadata {
  return {
    aggregate: false,
    apexType: APEX_TYPE[field.type],
    booleanType: field.type === 'boolean',
    columnName: field.name,
    custom: field.name.endsWith('__c'),
    displayName,
    foreignKeyName: null,
    insertable: field.createable,
    joinColumns: [],
    numberType: NUMBER.includes(field.type),
    textType: TEXT.includes(field.type),
    updatable: field.updateable,
  };
}

/** A relationship (parent: `aggregate` false; child subquery: true) whose selected columns are `joinColumns`. */
export function relationshipColumn(name: string, displayName: string, aggregate: boolean): ColumnMetadata {
  return {
    aggregate,
    apexType: null,
    booleanType: false,
    columnName: name,
    custom: name.endsWith('__r'),
    displayName,
    foreignKeyName: null,
    insertable: false,
    joinColumns: [],
    numberType: false,
    textType: false,
    updatable: false,
  };
}
