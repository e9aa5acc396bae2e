import type { Snapshot } from '@juston-audit/org-snapshot';
import { records } from '../rules/shared/sobjects.js';
import { grantNames } from './grant-names.js';
import { keyedChanges } from './keyed-changes.js';
import type { DiffSection } from './types.js';

// The collector reads only the permission rows of the components JustOn needs (src/collect/plan.ts:
// JustOn's objects and fields, Task.Type, the configured components and tabs), so every row counts.

const OBJECT_PERMISSIONS = ['Read', 'Create', 'Edit', 'Delete', 'ViewAllRecords', 'ModifyAllRecords'] as const;

/** "Read, Edit" from a row's Permissions* flags; "none" when it grants nothing. */
const granted = (row: Record<string, unknown>, permissions: readonly string[]): string =>
  permissions.filter((p) => row[`Permissions${p}`] === true).join(', ') || 'none';

/** `grant · component` → its permissions, for every row. */
function rowsByGrant<R extends { ParentId: string }>(
  snapshot: Snapshot,
  rows: R[],
  component: (row: R) => string,
  value: (row: R) => string,
): Map<string, string> {
  const names = grantNames(snapshot);
  return new Map(rows.map((row) => [`${names.get(row.ParentId) ?? row.ParentId} · ${component(row)}`, value(row)]));
}

export function objectPermissionSection(before: Snapshot, after: Snapshot): DiffSection {
  const read = (s: Snapshot) =>
    rowsByGrant(
      s,
      records(s, 'ObjectPermissions'),
      (r) => r.SobjectType,
      (r) => granted(r, OBJECT_PERMISSIONS),
    );
  return { id: 'object-permissions', title: 'Object permissions', changes: keyedChanges(read(before), read(after)) };
}

export function fieldPermissionSection(before: Snapshot, after: Snapshot): DiffSection {
  const read = (s: Snapshot) =>
    rowsByGrant(
      s,
      records(s, 'FieldPermissions'),
      (r) => r.Field,
      (r) => granted(r, ['Read', 'Edit']),
    );
  return { id: 'field-permissions', title: 'Field permissions', changes: keyedChanges(read(before), read(after)) };
}

export function tabSettingSection(before: Snapshot, after: Snapshot): DiffSection {
  const read = (s: Snapshot) =>
    rowsByGrant(
      s,
      records(s, 'PermissionSetTabSetting'),
      (r) => r.Name,
      (r) => r.Visibility,
    );
  return { id: 'tab-settings', title: 'Tab settings', changes: keyedChanges(read(before), read(after)) };
}
