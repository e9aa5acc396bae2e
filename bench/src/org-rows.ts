import type { Snapshot } from '@juston-audit/org-snapshot';

/** Size of a generated org, and the rows the rules need that grow with it (see judge.ts). */
export function orgRows(org: Snapshot, namespace = 'ONB2') {
  const r = org.records;
  const count = (type: string) => r[type]?.length ?? 0;
  const licences = new Set((r.PackageLicense ?? []).filter((l) => l.NamespacePrefix === namespace).map((l) => l.Id));
  const licenceRows = (r.UserPackageLicense ?? []).filter((row) => licences.has(row.PackageLicenseId as string));
  const nsSets = new Set((r.PermissionSet ?? []).filter((p) => p.NamespacePrefix === namespace).map((p) => p.Id));
  const active = new Set((r.User ?? []).filter((u) => u.IsActive === true).map((u) => u.Id));
  const justOn = new Set(
    [
      ...licenceRows.map((row) => row.UserId as string),
      ...(r.PermissionSetAssignment ?? []).filter((a) => nsSets.has(a.PermissionSetId as string)).map((a) => a.AssigneeId as string),
    ].filter((id) => active.has(id)),
  );
  return {
    size: {
      users: count('User'),
      permissionSets: count('PermissionSet'),
      assignments: count('PermissionSetAssignment'),
      objectPermissions: count('ObjectPermissions'),
      fieldPermissions: count('FieldPermissions'),
    },
    neededRows: { justOnUsers: justOn.size, licenceRows: licenceRows.length },
  };
}
