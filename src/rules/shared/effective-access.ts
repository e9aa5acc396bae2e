import { sameId } from '../../org/record-id.js';
import type { Snapshot } from '@juston-audit/org-snapshot';
import type { ObjectPermission } from '../fix-data.js';
import { type AccessIndex, accessIndex } from './access-index.js';
import type { AssignmentRow } from './sobjects.js';

/**
 * Effective access: the union over every PermissionSetAssignment of a user. That includes the row for the
 * profile's own permission set and, for permission set groups, the group's aggregate permission set
 * (PermissionSet.Type 'Group'). Modify All Data grants every object permission (Salesforce returns
 * synthetic `000…` ObjectPermissions rows for it; those rows count like any other). Each answer lists
 * WHICH grants give the access.
 */
type GrantVia = 'profile' | 'permission-set' | 'permission-set-group';
export interface Grant {
  permissionSetId: string;
  via: GrantVia;
  label: string;
  modifyAllData: boolean;
  viewAllData: boolean;
  profileId?: string;
  groupId?: string;
  groupStatus?: string;
}

export const OBJECT_PERMISSIONS: readonly ObjectPermission[] = ['Read', 'Create', 'Edit', 'Delete', 'ViewAllRecords', 'ModifyAllRecords'];

/**
 * The permission sets a user holds, with how each is held. Expired assignments are ignored. Users holding
 * the same permission sets the same way share one frozen list (and its Grant objects), so the rules can
 * work out an answer once per list with `perGrantList` rather than once per user.
 */
export function userGrants(snapshot: Snapshot, userId: string, now: Date): readonly Grant[] {
  const index = accessIndex(snapshot);
  const assignments = index.assignmentsByUser.get(userId) ?? [];
  const live = (a: AssignmentRow) => !(a.ExpirationDate && Date.parse(a.ExpirationDate) <= now.getTime());
  // Down the tree of lists by the user's grants, so that finding the shared list allocates nothing.
  let node = grantTree(index);
  for (const a of assignments) {
    if (!live(a)) continue;
    const grant = grantOf(index, a);
    let next = node.longer.get(grant);
    if (!next) node.longer.set(grant, (next = { longer: new Map() }));
    node = next;
  }
  node.list ??= Object.freeze(assignments.filter(live).map((a) => grantOf(index, a)));
  return node.list;
}

/** The grant lists users hold, as a tree: the list of the grants on the path to a node, and the lists that go on from it. */
interface ListNode {
  list?: readonly Grant[];
  longer: Map<Grant, ListNode>;
}

const trees = new WeakMap<AccessIndex, ListNode>();
/** Grants by permission set Id, then group Id ('' for none). */
const grantCache = new WeakMap<AccessIndex, Map<string, Map<string, Grant>>>();

function grantTree(index: AccessIndex): ListNode {
  let tree = trees.get(index);
  if (!tree) trees.set(index, (tree = { longer: new Map() }));
  return tree;
}

/** How one assignment grants its permission set; the same for every user with that assignment. */
function grantOf(index: AccessIndex, a: AssignmentRow): Grant {
  let bySet = grantCache.get(index);
  if (!bySet) grantCache.set(index, (bySet = new Map<string, Map<string, Grant>>()));
  let byGroup = bySet.get(a.PermissionSetId);
  if (!byGroup) bySet.set(a.PermissionSetId, (byGroup = new Map<string, Grant>()));
  let grant = byGroup.get(a.PermissionSetGroupId ?? '');
  if (grant) return grant;
  const { sets, groups, profiles } = index;
  const ps = sets.get(a.PermissionSetId);
  const groupId = a.PermissionSetGroupId ?? ps?.PermissionSetGroupId ?? undefined;
  const group = groupId ? groups.get(groupId) : undefined;
  const via: GrantVia = ps?.IsOwnedByProfile ? 'profile' : groupId || ps?.Type === 'Group' ? 'permission-set-group' : 'permission-set';
  const label =
    via === 'profile'
      ? (profiles.get(ps?.ProfileId ?? '')?.Name ?? ps?.Label ?? a.PermissionSetId)
      : via === 'permission-set-group'
        ? (group?.MasterLabel ?? ps?.Label ?? a.PermissionSetId)
        : (ps?.Label ?? a.PermissionSetId);
  grant = Object.freeze({
    permissionSetId: a.PermissionSetId,
    via,
    label,
    modifyAllData: ps?.PermissionsModifyAllData === true,
    viewAllData: ps?.PermissionsViewAllData === true,
    ...(ps?.ProfileId ? { profileId: ps.ProfileId } : {}),
    ...(groupId ? { groupId } : {}),
    ...(group ? { groupStatus: group.Status } : {}),
  });
  byGroup.set(a.PermissionSetGroupId ?? '', grant);
  return grant;
}

/**
 * `compute` answered once per grant list: users holding the same permission sets share a list (see
 * userGrants), so a rule's per-user question costs one answer per distinct list. The answer is shared:
 * callers must not change it.
 */
export function perGrantList<T>(compute: (grants: readonly Grant[]) => T): (grants: readonly Grant[]) => T {
  const answers = new WeakMap<readonly Grant[], { value: T }>();
  return (grants) => {
    let answer = answers.get(grants);
    if (!answer) answers.set(grants, (answer = { value: compute(grants) }));
    return answer.value;
  };
}

const described = new WeakMap<Grant, string>();

function describeGrant(g: Grant): string {
  let text = described.get(g);
  if (text === undefined) {
    text = grantText(g);
    described.set(g, text);
  }
  return text;
}

function grantText(g: Grant): string {
  const kind = g.via === 'profile' ? 'profile' : g.via === 'permission-set' ? 'permission set' : 'permission set group';
  const stale = g.groupStatus && g.groupStatus !== 'Updated' ? ` (group status ${g.groupStatus})` : '';
  return `${kind} '${g.label}'${stale}`;
}

export const describeGrants = (gs: readonly Grant[]): string => [...new Set(gs.map(describeGrant))].join(', ');

/** Which grants give each object permission on `sobject`. */
export function objectAccess(snapshot: Snapshot, grants: readonly Grant[], sobject: string): Record<ObjectPermission, Grant[]> {
  const out = Object.fromEntries(OBJECT_PERMISSIONS.map((p) => [p, [] as Grant[]])) as Record<ObjectPermission, Grant[]>;
  const held = permissionsOf(snapshot);
  for (const g of grants) {
    if (g.modifyAllData) OBJECT_PERMISSIONS.forEach((p) => out[p].push(g));
    else if (g.viewAllData) (['Read', 'ViewAllRecords'] as const).forEach((p) => out[p].push(g));
    for (const p of held.object(g.permissionSetId, sobject)) if (!out[p].includes(g)) out[p].push(g);
  }
  return out;
}

/** Which grants let the user read / edit `field` (`Object.Field`). View All Fields on the object gives read. */
export function fieldAccess(snapshot: Snapshot, grants: readonly Grant[], field: string): { read: Grant[]; edit: Grant[] } {
  const held = permissionsOf(snapshot);
  const read: Grant[] = [];
  const edit: Grant[] = [];
  for (const g of grants) {
    const access = held.field(g.permissionSetId, field);
    if (access.read) read.push(g);
    if (access.edit) edit.push(g);
  }
  return { read, edit };
}

/**
 * What one permission set grants on one object or field, worked out once per snapshot: the rules ask
 * the same question for every user holding the set. Derived from the access index, so it follows it.
 */
interface HeldPermissions {
  object(permissionSetId: string, sobject: string): readonly ObjectPermission[];
  field(permissionSetId: string, field: string): { read: boolean; edit: boolean };
}

const heldCache = new WeakMap<object, HeldPermissions>();

function permissionsOf(snapshot: Snapshot): HeldPermissions {
  const index = accessIndex(snapshot);
  let held = heldCache.get(index);
  if (held) return held;
  const { fieldRows, objectRows } = index;
  // Per permission set, answers by the exact name asked (no key strings built per question).
  const objects = new Map<string, Map<string, readonly ObjectPermission[]>>();
  const fields = new Map<string, Map<string, { read: boolean; edit: boolean }>>();
  const inner = <T>(outer: Map<string, Map<string, T>>, id: string) => {
    let map = outer.get(id);
    if (!map) outer.set(id, (map = new Map<string, T>()));
    return map;
  };
  held = {
    object(id, sobject) {
      const answers = inner(objects, id);
      let out = answers.get(sobject);
      if (!out) {
        const rows = (objectRows.get(id) ?? []).filter((r) => eq(r.SobjectType, sobject));
        out = OBJECT_PERMISSIONS.filter((p) => rows.some((r) => r[`Permissions${p}`] === true));
        answers.set(sobject, out);
      }
      return out;
    },
    field(id, field) {
      const answers = inner(fields, id);
      let out = answers.get(field);
      if (!out) {
        const sobject = field.split('.')[0];
        const rows = (fieldRows.get(id) ?? []).filter((r) => eq(r.Field, field));
        // View All Fields is not selected by the collector; a snapshot that has it is honoured.
        const viewAll = (objectRows.get(id) ?? []).some(
          (r) => eq(r.SobjectType, sobject) && 'PermissionsViewAllFields' in r && r.PermissionsViewAllFields === true,
        );
        out = { read: rows.some((r) => r.PermissionsRead) || viewAll, edit: rows.some((r) => r.PermissionsEdit) };
        answers.set(field, out);
      }
      return out;
    },
  };
  heldCache.set(index, held);
  return held;
}

/** Grants that make `tab` visible (DefaultOn or DefaultOff; hidden means no row). */
export function tabAccess(snapshot: Snapshot, grants: readonly Grant[], tab: string): Grant[] {
  const { tabRows } = accessIndex(snapshot);
  return grants.filter((g) =>
    (tabRows.get(g.permissionSetId) ?? []).some((r) => eq(r.Name, tab) && (r.Visibility === 'DefaultOn' || r.Visibility === 'DefaultOff')),
  );
}

/** Grants holding a SetupEntityAccess row for the entity (connected app, Apex class, Visualforce page). */
export function setupEntityGrants(snapshot: Snapshot, grants: readonly Grant[], entityId: string): Grant[] {
  const { entityRows } = accessIndex(snapshot);
  return grants.filter((g) => (entityRows.get(g.permissionSetId) ?? []).some((r) => sameId(r.SetupEntityId, entityId)));
}

const eq = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
/** Salesforce Ids compare on their 15-character case-sensitive prefix. */
