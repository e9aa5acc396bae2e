import type { SObjectRecord, Snapshot } from '@juston-audit/org-snapshot';
import type { Row, SObjectName } from '../../snapshot/sobject-fields.js';

/** The rows the rules read, typed from the collector's field table (snapshot/sobject-fields.ts). */
export type UserRow = Row<'User'>;
export type ProfileRow = Row<'Profile'>;
export type PermissionSetRow = Row<'PermissionSet'>;
export type PermissionSetGroupRow = Row<'PermissionSetGroup'>;
export type AssignmentRow = Row<'PermissionSetAssignment'>;
export type ObjectPermissionRow = Row<'ObjectPermissions'>;
export type FieldPermissionRow = Row<'FieldPermissions'>;
export type TabSettingRow = Row<'PermissionSetTabSetting'>;
export type SetupEntityAccessRow = Row<'SetupEntityAccess'>;
export type AsyncApexJobRow = Row<'AsyncApexJob'>;
export type CronTriggerRow = Row<'CronTrigger'>;

/**
 * The snapshot's rows of one sObject, typed. The snapshot was checked against its schema when loaded and
 * the collector selects exactly the table's fields, so the rows have that shape.
 */
function typed<S extends SObjectName>(rows: SObjectRecord[] | undefined): Row<S>[] {
  return (rows ?? []) as Row<S>[];
}

/** Typed view of `snapshot.records[name]`; an absent list reads as empty (rules `require` it first). */
export function records<S extends SObjectName>(snapshot: Snapshot, name: S): Row<S>[] {
  return typed<S>(snapshot.records[name]);
}

/** Typed view of `snapshot.tooling[name]`. */
export function toolingRecords<S extends SObjectName>(snapshot: Snapshot, name: S): Row<S>[] {
  return typed<S>(snapshot.tooling[name]);
}

export function indexById<T extends { Id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.Id, r]));
}
