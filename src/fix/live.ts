import { normaliseMetadata } from '../collect/normalise-metadata.js';
import { type OrgClient, referencedId, runNamedQueries, soqlList } from '../org/index.js';
import { selectList } from '../snapshot/sobject-fields.js';
import type { PlannedChange } from './types.js';

type Row = Record<string, unknown>;

/** The org as it is now, for the targets of some changes. */
export interface LiveState {
  orgId: string | null;
  isSandbox: boolean | null;
  permissionSets: Row[];
  rows: Record<string, Row[]>;
  licences: Row[];
  metadata: Map<string, Row | undefined>;
}

/** What is re-read of each row type a change may touch: the collector's fields, or the few a check needs. */
const FIELDS: Record<string, string> = {
  ObjectPermissions: selectList('ObjectPermissions'),
  FieldPermissions: selectList('FieldPermissions'),
  PermissionSetTabSetting: selectList('PermissionSetTabSetting'),
  SetupEntityAccess: selectList('SetupEntityAccess', undefined, ['Id', 'ParentId', 'SetupEntityId']),
  PermissionSetAssignment: selectList('PermissionSetAssignment', undefined, ['Id', 'AssigneeId', 'PermissionSetId']),
  UserPackageLicense: selectList('UserPackageLicense'),
};
const PARENT: Record<string, string> = {
  ObjectPermissions: 'ParentId',
  FieldPermissions: 'ParentId',
  PermissionSetTabSetting: 'ParentId',
  SetupEntityAccess: 'ParentId',
  PermissionSetAssignment: 'PermissionSetId',
  UserPackageLicense: 'PackageLicenseId',
};

/**
 * Re-reads every target of the changes in one wave: composite requests of queries (by parent, never
 * by long lists of user Ids) sent together, plus one metadata read per setting. `ids` resolves
 * `@{cN.id}` references to records already created (for rollback).
 */
export async function readLive(client: OrgClient, changes: PlannedChange[], ids: Map<string, string> = new Map()): Promise<LiveState> {
  const resolve = (v: unknown) => {
    if (typeof v !== 'string') return undefined;
    const ref = referencedId(v);
    return ref ? ids.get(ref) : v;
  };
  const parents = new Map<string, Set<string>>();
  const byId = new Map<string, Set<string>>();
  const psIds = new Set<string>();
  const psNames = new Set<string>();
  const add = (map: Map<string, Set<string>>, key: string, value: string | undefined) => {
    if (value) map.set(key, (map.get(key) ?? new Set()).add(value));
  };
  for (const c of changes) {
    if (c.operation === 'metadata.update') continue;
    if (c.sobject === 'PermissionSet') {
      if (c.operation === 'sobject.create') psNames.add(String(c.after.Name));
      const id = ids.get(c.id) ?? c.target.id;
      if (id) psIds.add(id);
      continue;
    }
    const parentField = PARENT[c.sobject];
    if (c.operation === 'sobject.update') add(byId, c.sobject, c.target.id);
    if (parentField) {
      const parent = resolve(c.after[parentField]);
      add(parents, c.sobject, parent);
      if (parent && parentField !== 'PackageLicenseId') psIds.add(parent);
    }
  }
  const soql: Record<string, string> = {
    organization: `SELECT ${selectList('Organization', undefined, ['Id', 'IsSandbox'])} FROM Organization`,
  };
  const psWhere = [
    psIds.size ? `Id IN ${soqlList(psIds)}` : '',
    psNames.size ? `(Name IN ${soqlList(psNames)} AND NamespacePrefix = null)` : '',
  ].filter(Boolean);
  if (psWhere.length)
    soql.permissionSets = `SELECT ${selectList('PermissionSet', undefined, ['Id', 'Name', 'NamespacePrefix', 'IsOwnedByProfile'])} FROM PermissionSet WHERE ${psWhere.join(' OR ')}`;
  for (const sobject of Object.keys(FIELDS)) {
    const where = [
      parents.get(sobject)?.size ? `${PARENT[sobject]} IN ${soqlList(parents.get(sobject)!)}` : '',
      byId.get(sobject)?.size ? `Id IN ${soqlList(byId.get(sobject)!)}` : '',
    ].filter(Boolean);
    if (sobject === 'PermissionSetAssignment' && psIds.size && !parents.get(sobject)) where.push(`PermissionSetId IN ${soqlList(psIds)}`);
    if (where.length) soql[sobject] = `SELECT ${FIELDS[sobject]} FROM ${sobject} WHERE ${where.join(' OR ')}`;
  }
  const licences = parents.get('UserPackageLicense');
  if (licences?.size)
    soql.licences = `SELECT ${selectList('PackageLicense', undefined, ['Id', 'AllowedLicenses', 'UsedLicenses'])} FROM PackageLicense WHERE Id IN ${soqlList(licences)}`;
  const settings = changes.filter((c) => c.operation === 'metadata.update');
  const [rows, metadata] = await Promise.all([
    runNamedQueries(client, soql),
    Promise.all(
      settings.map(
        async (c) => [`${c.sobject}/${c.target.name}`, normaliseMetadata(await client.readMetadata(c.sobject, c.target.name))] as const,
      ),
    ),
  ]);
  const org = rows.get('organization')?.[0];
  return {
    orgId: typeof org?.Id === 'string' ? org.Id : null,
    isSandbox: typeof org?.IsSandbox === 'boolean' ? org.IsSandbox : null,
    permissionSets: rows.get('permissionSets') ?? [],
    rows: Object.fromEntries(Object.keys(FIELDS).map((s) => [s, rows.get(s) ?? []])),
    licences: rows.get('licences') ?? [],
    metadata: new Map(metadata),
  };
}
