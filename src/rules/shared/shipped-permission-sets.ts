import type { Snapshot } from '@juston-audit/org-snapshot';
import type { Grant } from './effective-access.js';
import { type PermissionSetRow, records } from './sobjects.js';

/**
 * JustOn's shipped permission sets, by their documented labels (docs.juston.com/en/jo_admin_setup_perm_set/).
 * Their API names are not documented: the rule's options add names that count as each.
 */
export const SHIPPED = [
  { role: 'readOnly', label: 'JustOn Read Only' },
  { role: 'readWrite', label: 'JustOn Read/Write' },
  { role: 'fullAccess', label: 'JustOn Full Access' },
] as const;

export type ShippedRole = (typeof SHIPPED)[number]['role'];
export type ShippedNames = Record<ShippedRole, readonly string[]>;

/** The namespace's permission sets recognised as shipped ones, by role. */
export function shippedPermissionSets(
  snapshot: Snapshot,
  namespace: string,
  names: ShippedNames,
): Map<string, { role: ShippedRole; set: PermissionSetRow }> {
  const ns = namespace.toLowerCase();
  const out = new Map<string, { role: ShippedRole; set: PermissionSetRow }>();
  for (const set of records(snapshot, 'PermissionSet')) {
    if (set.IsOwnedByProfile || set.NamespacePrefix?.toLowerCase() !== ns) continue;
    const shipped = SHIPPED.find(({ role, label }) => set.Label === label || names[role].includes(set.Name));
    if (shipped) out.set(set.Id, { role: shipped.role, set });
  }
  return out;
}

/**
 * The shipped permission sets a user holds, by role, each with how: assigned directly, or a component of
 * a permission set group the user is assigned (PermissionSetGroupComponent).
 */
export function heldShippedSets(
  snapshot: Snapshot,
  grants: readonly Grant[],
  shipped: Map<string, { role: ShippedRole; set: PermissionSetRow }>,
): Map<ShippedRole, string[]> {
  const components = records(snapshot, 'PermissionSetGroupComponent');
  const held = new Map<ShippedRole, string[]>();
  const note = (role: ShippedRole, how: string) => held.set(role, [...(held.get(role) ?? []), how]);
  for (const grant of grants) {
    const direct = shipped.get(grant.permissionSetId);
    if (direct) note(direct.role, `permission set '${direct.set.Label}'`);
    if (!grant.groupId) continue;
    for (const component of components.filter((c) => c.PermissionSetGroupId === grant.groupId)) {
      const bundled = shipped.get(component.PermissionSetId);
      if (bundled) note(bundled.role, `'${bundled.set.Label}' in permission set group '${grant.label}'`);
    }
  }
  return held;
}
