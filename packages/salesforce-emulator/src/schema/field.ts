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
    ...(options.defaultedOnCreate ? { defaultedOnCreate: true } : {}),
  };
}

/** A field no API call may write (system-maintained or read-only object). */
export function readOnly(name: string, type: FieldType, options: FieldOptions = {}): FieldDef {
  return field(name, type, { createable: false, updateable: false, ...options });
}
