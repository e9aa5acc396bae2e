import type { Finding } from '../engine/types.js';
import { compositeRef, sameId } from '../org/index.js';
import type { FixData, ObjectPermission } from '../rules/fix-data.js';
import { records, type PermissionSetRow } from '../rules/shared/sobjects.js';
import type { Snapshot } from '@juston-audit/org-snapshot';
import type { PlanBuilder } from './plan-builder.js';
import { requiredAccess, type RequiredAccess } from './required-access.js';
import { suitability } from './suitability.js';

const FIX_PERMISSION_SET = { Name: 'JustOn_Balance_Access', Label: 'JustOn Balance Access' };
const FALLBACK_NAME = { Name: 'JustOn_Audit_Balance_Access', Label: 'JustOn Audit Balance Access' };
const DESCRIPTION =
  'Created by juston-audit --fix: exactly the access JustOn users need that the shipped (managed) permission sets cannot grant.';

/** The fix permission set: an existing Id, or a reference to the change creating it. */
interface FixSet {
  id: string;
  name: string;
  isNew: boolean;
  dependsOn: string[];
}

type UserAccess = Extract<FixData, { kind: 'user-access' }>;
type EntityAccess = Extract<FixData, { kind: 'setup-entity-access' }>;

/**
 * Balance object, fields and tab, Task.Type, required components and (reviewed) connected-app access:
 * ONE unmanaged permission set holding exactly what the findings require, assigned to the users who lack it.
 * An existing permission set named for this purpose is reused when it is unmanaged, unlicensed and grants
 * nothing beyond that purpose; otherwise a new one is created.
 */
export function planPermissionSet(builder: PlanBuilder, snapshot: Snapshot, findings: Finding[], namespace: string): void {
  const access = findings.filter((f) => f.fix?.kind === 'user-access' || (f.fix?.kind === 'setup-entity-access' && f.fix.userId));
  if (access.length === 0) return;
  const need = requiredAccess(access.map((f) => ({ finding: f, fix: f.fix as UserAccess | EntityAccess })));
  const sets = records(snapshot, 'PermissionSet');
  const byName = (name: string) =>
    sets.filter((ps) => ps.Name.toLowerCase() === name.toLowerCase() && (ps.NamespacePrefix ?? null) === null);
  // Candidates: the conventional name first, then other unmanaged sets named for Balance access.
  const candidates = [
    ...byName(FIX_PERMISSION_SET.Name),
    ...sets
      .filter(
        (ps) =>
          /balance/i.test(ps.Name) &&
          (ps.NamespacePrefix ?? null) === null &&
          ps.Name.toLowerCase() !== FIX_PERMISSION_SET.Name.toLowerCase(),
      )
      .sort((a, b) => a.Name.localeCompare(b.Name)),
  ];
  const verdicts = candidates.map((ps) => ({ ps, verdict: suitability(snapshot, ps, need, namespace) }));
  const chosen = verdicts.find((v) => v.verdict.suitable);
  const existing = chosen?.ps ?? byName(FIX_PERMISSION_SET.Name)[0];
  const verdict = chosen?.verdict ?? verdicts.find((v) => v.ps === existing)?.verdict;
  let ps: FixSet;
  if (existing && verdict?.suitable) {
    ps = { id: existing.Id, name: existing.Name, isNew: false, dependsOn: [] };
  } else {
    const names = existing ? FALLBACK_NAME : FIX_PERMISSION_SET;
    if (byName(names.Name).length > 0) {
      builder.refuse(
        access[0].ruleId,
        `permission set ${names.Name} exists but is not suitable (${verdict?.reason ?? 'unknown'}); create or pick a Balance permission set in Setup.`,
        access,
      );
      return;
    }
    const why = verdicts.length ? ` (not reused: ${verdicts.map((v) => `${v.ps.Name}, ${v.verdict.reason}`).join('; ')})` : '';
    const id = builder.add(
      `PermissionSet/new/${names.Name}`,
      {
        target: { type: 'PermissionSet', name: names.Name },
        operation: 'sobject.create',
        sobject: 'PermissionSet',
        before: null,
        after: { Name: names.Name, Label: names.Label, Description: DESCRIPTION },
        summary: `create permission set ${names.Name}${why}`,
      },
      access,
    );
    ps = { id: compositeRef(id), name: names.Name, isNew: true, dependsOn: [id] };
  }
  planContent(builder, snapshot, need, ps, existing && !ps.isNew ? existing : undefined);
  planAssignments(builder, snapshot, need, ps);
}

function planContent(builder: PlanBuilder, snapshot: Snapshot, need: RequiredAccess, ps: FixSet, existing?: PermissionSetRow): void {
  const rows = <T extends { ParentId: string }>(list: T[]) => (existing ? list.filter((r) => r.ParentId === existing.Id) : []);
  const dependsOn = ps.dependsOn;
  const target = (what: string) => ({ type: 'PermissionSet', ...(ps.isNew ? {} : { id: ps.id }), name: `${ps.name} ${what}` });
  const objectRows = rows(records(snapshot, 'ObjectPermissions'));
  for (const o of need.objects.values()) {
    const want = withDependencies(o.perms);
    const row = objectRows.find((r) => r.SobjectType.toLowerCase() === o.sobject.toLowerCase());
    if (row) {
      const values: Record<string, unknown> = row;
      const missing = want.filter((p) => values[`Permissions${p}`] !== true);
      if (missing.length === 0) continue;
      builder.add(
        `ObjectPermissions/${row.Id}`,
        {
          target: { type: 'ObjectPermissions', id: row.Id, name: `${ps.name} ${o.sobject}` },
          operation: 'sobject.update',
          sobject: 'ObjectPermissions',
          before: Object.fromEntries(missing.map((p) => [`Permissions${p}`, values[`Permissions${p}`] ?? false])),
          after: Object.fromEntries(missing.map((p) => [`Permissions${p}`, true])),
          summary: `add ${missing.join(', ')} on ${o.sobject} to ${ps.name}`,
        },
        o.findings,
      );
      continue;
    }
    builder.add(
      `ObjectPermissions/${ps.id}/${o.sobject}`,
      {
        target: target(o.sobject),
        operation: 'sobject.create',
        sobject: 'ObjectPermissions',
        before: null,
        dependsOn,
        after: { ParentId: ps.id, SobjectType: o.sobject, ...Object.fromEntries(ALL.map((p) => [`Permissions${p}`, want.includes(p)])) },
        summary: `grant ${want.join(', ')} on ${o.sobject} in ${ps.name}`,
      },
      o.findings,
    );
  }
  const fieldRows = rows(records(snapshot, 'FieldPermissions'));
  for (const f of need.fields.values()) {
    const row = fieldRows.find((r) => r.Field.toLowerCase() === f.field.toLowerCase());
    if (row) {
      if (!f.edit || row.PermissionsEdit) continue;
      builder.add(
        `FieldPermissions/${row.Id}`,
        {
          target: { type: 'FieldPermissions', id: row.Id, name: `${ps.name} ${f.field}` },
          operation: 'sobject.update',
          sobject: 'FieldPermissions',
          before: { PermissionsEdit: row.PermissionsEdit },
          after: { PermissionsEdit: true },
          summary: `add Edit on ${f.field} to ${ps.name}`,
        },
        f.findings,
      );
      continue;
    }
    builder.add(
      `FieldPermissions/${ps.id}/${f.field}`,
      {
        target: target(f.field),
        operation: 'sobject.create',
        sobject: 'FieldPermissions',
        before: null,
        dependsOn,
        after: { ParentId: ps.id, SobjectType: f.field.split('.')[0], Field: f.field, PermissionsRead: true, PermissionsEdit: f.edit },
        summary: `grant Read${f.edit ? ' and Edit' : ''} on ${f.field} in ${ps.name}`,
      },
      f.findings,
    );
  }
  const tabRows = rows(records(snapshot, 'PermissionSetTabSetting'));
  for (const t of need.tabs.values()) {
    if (tabRows.some((r) => r.Name.toLowerCase() === t.tab.toLowerCase())) continue;
    builder.add(
      `PermissionSetTabSetting/${ps.id}/${t.tab}`,
      {
        target: target(`tab ${t.tab}`),
        operation: 'sobject.create',
        sobject: 'PermissionSetTabSetting',
        before: null,
        dependsOn,
        after: { ParentId: ps.id, Name: t.tab, Visibility: 'DefaultOn' },
        summary: `make tab ${t.tab} visible (DefaultOn) in ${ps.name}`,
      },
      t.findings,
    );
  }
  const entityRows = rows(records(snapshot, 'SetupEntityAccess'));
  for (const e of need.entities.values()) {
    if (entityRows.some((r) => sameId(r.SetupEntityId, e.id))) continue;
    builder.add(
      `SetupEntityAccess/${ps.id}/${e.id}`,
      {
        target: target(`${e.type} ${e.id}`),
        operation: 'sobject.create',
        sobject: 'SetupEntityAccess',
        before: null,
        dependsOn,
        after: { ParentId: ps.id, SetupEntityId: e.id },
        summary: `grant access to ${e.type} ${e.id} in ${ps.name}`,
      },
      e.findings,
    );
  }
}

function planAssignments(builder: PlanBuilder, snapshot: Snapshot, need: RequiredAccess, ps: FixSet): void {
  const assigned = new Set(
    ps.isNew
      ? []
      : records(snapshot, 'PermissionSetAssignment')
          .filter((a) => a.PermissionSetId === ps.id)
          .map((a) => a.AssigneeId),
  );
  for (const u of need.users.values()) {
    if (assigned.has(u.userId)) continue;
    builder.add(
      `PermissionSetAssignment/${ps.id}/${u.userId}`,
      {
        target: { type: 'User', id: u.userId, name: u.username },
        operation: 'sobject.create',
        sobject: 'PermissionSetAssignment',
        before: null,
        dependsOn: ps.dependsOn,
        after: { PermissionSetId: ps.id, AssigneeId: u.userId },
        summary: `assign ${ps.name} to ${u.username}`,
      },
      u.findings,
    );
  }
}

const ALL: ObjectPermission[] = ['Read', 'Create', 'Edit', 'Delete', 'ViewAllRecords', 'ModifyAllRecords'];

/** Create/Edit/ViewAll need Read; Delete needs Read and Edit; ModifyAll needs all four. */
function withDependencies(perms: Iterable<ObjectPermission>): ObjectPermission[] {
  const set = new Set(perms);
  if (set.has('ModifyAllRecords')) ['Read', 'Edit', 'Delete', 'ViewAllRecords'].forEach((p) => set.add(p as ObjectPermission));
  if (set.has('Delete')) ['Read', 'Edit'].forEach((p) => set.add(p as ObjectPermission));
  if (set.size > 0) set.add('Read');
  return ALL.filter((p) => set.has(p));
}
