import type { FieldDef, FieldType } from './types.js';

export type FieldOptions = Partial<Omit<FieldDef, 'name' | 'type'>>;

/** A writable, filterable, nillable field unless the options say otherwise. */
export function field(name: string, type: FieldType, options: FieldOptions = {}): FieldDef {
  return {
    name,
    type,
    label: options.label ?? name,
    referenceTo: options.referenceTo ?? [],
    relationshipName: options.relationshipName ?? null,
    filterable: options.filterable ?? true,
    createable: options.createable ?? true,
    updateable: options.updateable ?? true,
    nillable: options.nillable ?? type !== 'boolean',
    defaultValue: options.defaultValue ?? (type === 'boolean' ? false : null),
    calculated: options.calculated ?? false,
    permissionable: options.permissionable ?? false,
    picklistValues: options.picklistValues ?? [],
  };
}

/** A field no API call may write (system-maintained or read-only object). */
export function readOnly(name: string, type: FieldType, options: FieldOptions = {}): FieldDef {
  return field(name, type, { createable: false, updateable: false, ...options });
}

/** A required lookup: createable, not nillable. */
export function lookup(name: string, to: string | string[], relationshipName: string, options: FieldOptions = {}): FieldDef {
  return field(name, 'reference', {
    referenceTo: Array.isArray(to) ? to : [to],
    relationshipName,
    nillable: false,
    ...options,
  });
}

export function idField(): FieldDef {
  return readOnly('Id', 'id', { label: 'Record ID', nillable: false });
}

/** CreatedDate, CreatedById, …: present on nearly every sObject, never writable. */
export function auditFields(): FieldDef[] {
  return [
    readOnly('CreatedDate', 'datetime', { nillable: false }),
    readOnly('CreatedById', 'reference', { referenceTo: ['User'], relationshipName: 'CreatedBy', nillable: false }),
    readOnly('LastModifiedDate', 'datetime', { nillable: false }),
    readOnly('LastModifiedById', 'reference', { referenceTo: ['User'], relationshipName: 'LastModifiedBy', nillable: false }),
    readOnly('SystemModstamp', 'datetime', { nillable: false }),
  ];
}

/** Booleans that the caller may set; each defaults to false. */
export function flags(names: string[], options: FieldOptions = {}): FieldDef[] {
  return names.map((n) => field(n, 'boolean', options));
}
