import type { Snapshot } from '@juston-audit/org-snapshot';
import {
  type AssignmentRow,
  type FieldPermissionRow,
  indexById,
  type ObjectPermissionRow,
  type PermissionSetGroupRow,
  type PermissionSetRow,
  type ProfileRow,
  records,
  type SetupEntityAccessRow,
  type TabSettingRow,
} from './sobjects.js';

/** Lookup tables over the permission records, built once per snapshot (rules never modify snapshots). */
export interface AccessIndex {
  sets: Map<string, PermissionSetRow>;
  groups: Map<string, PermissionSetGroupRow>;
  profiles: Map<string, ProfileRow>;
  assignmentsByUser: Map<string, AssignmentRow[]>;
  objectRows: Map<string, ObjectPermissionRow[]>;
  fieldRows: Map<string, FieldPermissionRow[]>;
  tabRows: Map<string, TabSettingRow[]>;
  entityRows: Map<string, SetupEntityAccessRow[]>;
  licensedUsers: Map<string, Set<string>>;
}

const LISTS = [
  'PermissionSet',
  'PermissionSetGroup',
  'Profile',
  'PermissionSetAssignment',
  'ObjectPermissions',
  'FieldPermissions',
  'PermissionSetTabSetting',
  'SetupEntityAccess',
  'UserPackageLicense',
] as const;

const cache = new WeakMap<Snapshot, { sources: unknown[]; index: AccessIndex }>();

function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

function unchanged(sources: unknown[], snapshot: Snapshot): boolean {
  for (let i = 0; i < LISTS.length; i += 1) if (sources[i] !== snapshot.records[LISTS[i]]) return false;
  return true;
}

export function accessIndex(snapshot: Snapshot): AccessIndex {
  const hit = cache.get(snapshot);
  // Called per user and rule: check the cached lists without allocating.
  if (hit && unchanged(hit.sources, snapshot)) return hit.index;
  const sources = LISTS.map((l) => snapshot.records[l]);
  const licences = groupBy(records(snapshot, 'UserPackageLicense'), (r) => r.PackageLicenseId);
  const index: AccessIndex = {
    sets: indexById(records(snapshot, 'PermissionSet')),
    groups: indexById(records(snapshot, 'PermissionSetGroup')),
    profiles: indexById(records(snapshot, 'Profile')),
    assignmentsByUser: groupBy(records(snapshot, 'PermissionSetAssignment'), (r) => r.AssigneeId),
    objectRows: groupBy(records(snapshot, 'ObjectPermissions'), (r) => r.ParentId),
    fieldRows: groupBy(records(snapshot, 'FieldPermissions'), (r) => r.ParentId),
    tabRows: groupBy(records(snapshot, 'PermissionSetTabSetting'), (r) => r.ParentId),
    entityRows: groupBy(records(snapshot, 'SetupEntityAccess'), (r) => r.ParentId),
    licensedUsers: new Map([...licences].map(([id, rows]) => [id, new Set(rows.map((r) => r.UserId))])),
  };
  cache.set(snapshot, { sources, index });
  return index;
}
