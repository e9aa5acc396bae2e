import { isDeepStrictEqual } from 'node:util';
import { idKey, isCompositeRef, sameId } from '../org/index.js';
import type { LiveState } from './live.js';
import type { PlannedChange } from './types.js';

type Row = Record<string, unknown>;

const low = (v: unknown) => String(v ?? '').toLowerCase();

/** What makes a record unique under its parent: a second one with the same key cannot exist. */
export function naturalKey(sobject: string, r: Row): string {
  switch (sobject) {
    case 'ObjectPermissions':
      return `${idKey(r.ParentId)}|${low(r.SobjectType)}`;
    case 'FieldPermissions':
      return `${idKey(r.ParentId)}|${low(r.Field)}`;
    case 'PermissionSetTabSetting':
      return `${idKey(r.ParentId)}|${low(r.Name)}`;
    case 'SetupEntityAccess':
      return `${idKey(r.ParentId)}|${idKey(r.SetupEntityId)}`;
    case 'PermissionSetAssignment':
      return `${idKey(r.PermissionSetId)}|${idKey(r.AssigneeId)}`;
    case 'UserPackageLicense':
      return `${idKey(r.PackageLicenseId)}|${idKey(r.UserId)}`;
    default:
      return idKey(r.Id);
  }
}

const norm = (v: unknown) => (v === undefined ? null : v);

/** Whether the live values of `fields` equal `expected`. */
export function valuesEqual(live: Row | undefined, expected: Row): boolean {
  return live !== undefined && Object.entries(expected).every(([k, v]) => isDeepStrictEqual(norm(live[k]), norm(v)));
}

/**
 * Changes whose target changed since the audit: the setting no longer has its audited value, a
 * record to create now exists, a row to update has other values, a parent permission set is gone
 * or managed, or the free seats no longer cover the licences. Their dependents are skipped.
 */
export function findConflicts(changes: PlannedChange[], live: LiveState): { conflicts: Map<string, string>; skipped: Map<string, string> } {
  const conflicts = new Map<string, string>();
  const liveSet = (id: unknown) => live.permissionSets.find((ps) => sameId(ps.Id, id));
  for (const c of changes) {
    const reason = conflictOf(c, live, liveSet);
    if (reason) conflicts.set(c.id, reason);
  }
  const seatsNeeded = new Map<string, PlannedChange[]>();
  for (const c of changes) {
    if (c.sobject === 'UserPackageLicense' && !conflicts.has(c.id)) {
      const key = idKey(c.after.PackageLicenseId);
      seatsNeeded.set(key, [...(seatsNeeded.get(key) ?? []), c]);
    }
  }
  for (const [licence, group] of seatsNeeded) {
    const row = live.licences.find((l) => idKey(l.Id) === licence);
    const free = row ? Number(row.AllowedLicenses) - Number(row.UsedLicenses) : 0;
    if (row && Number(row.AllowedLicenses) !== -1 && free < group.length) {
      for (const c of group)
        conflicts.set(c.id, `free seats changed since the audit: ${free} free now, ${group.length} needed; no licence assigned`);
    }
  }
  const skipped = new Map<string, string>();
  for (const c of changes) {
    const blocker = c.dependsOn.find((d) => conflicts.has(d) || skipped.has(d));
    if (blocker) skipped.set(c.id, `depends on ${blocker}, which was not applied`);
  }
  return { conflicts, skipped };
}

function conflictOf(c: PlannedChange, live: LiveState, liveSet: (id: unknown) => Row | undefined): string | undefined {
  if (c.operation === 'metadata.update') {
    const now = live.metadata.get(`${c.sobject}/${c.target.name}`) ?? {};
    return valuesEqual(now, c.before ?? {})
      ? undefined
      : `${c.sobject} ${c.target.name} changed since the audit: ${Object.keys(c.after)
          .map((k) => `${k} is ${JSON.stringify(norm(now[k]))}, audited ${JSON.stringify(norm(c.before?.[k]))}`)
          .join('; ')}`;
  }
  if (c.sobject === 'PermissionSet' && c.operation === 'sobject.create') {
    const clash = live.permissionSets.find((ps) => low(ps.Name) === low(c.after.Name) && (ps.NamespacePrefix ?? null) === null);
    return clash ? `a permission set named ${String(c.after.Name)} now exists (${String(clash.Id)}), created after the audit` : undefined;
  }
  const rows = live.rows[c.sobject] ?? [];
  if (c.operation === 'sobject.update') {
    const row = rows.find((r) => sameId(r.Id, c.target.id));
    if (!row) return `${c.sobject} ${c.target.id} no longer exists`;
    return valuesEqual(row, c.before ?? {}) ? undefined : `${c.sobject} ${c.target.id} changed since the audit`;
  }
  const parentField = c.sobject === 'PermissionSetAssignment' ? 'PermissionSetId' : c.sobject === 'UserPackageLicense' ? null : 'ParentId';
  const parent = parentField ? c.after[parentField] : undefined;
  if (parentField && typeof parent === 'string' && !isCompositeRef(parent)) {
    const ps = liveSet(parent);
    if (!ps) return `permission set ${parent} no longer exists`;
    // Assigning a managed permission set changes no managed component; granting on one would.
    if (ps.NamespacePrefix && c.sobject !== 'PermissionSetAssignment')
      return `permission set ${parent} is managed (${String(ps.NamespacePrefix)})`;
  }
  if (isCompositeRef(parent)) return undefined;
  const key = naturalKey(c.sobject, c.after);
  const clash = rows.find((r) => naturalKey(c.sobject, r) === key);
  return clash ? `${c.sobject} ${String(clash.Id)} for the same target was created after the audit` : undefined;
}
