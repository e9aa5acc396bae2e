import type { Finding } from '../engine/types.js';
import { records } from '../rules/shared/sobjects.js';
import type { Snapshot } from '@juston-audit/org-snapshot';
import type { PlanBuilder } from './plan-builder.js';

type Fix<K extends string> = Extract<NonNullable<Finding['fix']>, { kind: K }>;
const fixOf = <K extends string>(f: Finding) => f.fix as Fix<K>;

/**
 * Metadata settings: one update per settings component, sending only the fields that must change
 * (MobileSettings.enableS1EncryptedStoragePref2; ContentSettings.enableContent and enableContentDistribution).
 */
export function planMetadata(builder: PlanBuilder, findings: Finding[]): void {
  const byComponent = new Map<string, Finding[]>();
  for (const f of findings) {
    const fix = fixOf<'metadata-update'>(f);
    const key = `metadata/${fix.metadataType}/${fix.fullName}`;
    byComponent.set(key, [...(byComponent.get(key) ?? []), f]);
  }
  for (const [key, group] of byComponent) {
    const fixes = group.map((f) => fixOf<'metadata-update'>(f));
    const { metadataType, fullName } = fixes[0];
    builder.add(
      key,
      {
        target: { type: metadataType, name: fullName },
        operation: 'metadata.update',
        sobject: metadataType,
        before: Object.fromEntries(fixes.map((fix) => [fix.field, fix.before ?? null])),
        after: Object.fromEntries(fixes.map((fix) => [fix.field, fix.after])),
        summary: `set ${metadataType} ${fixes.map((fix) => `${fullName}.${fix.field} to ${String(fix.after)}`).join(', ')}`,
      },
      group,
    );
  }
}

/** A profile's (or permission set's) access to the connected app: a SetupEntityAccess row on its own, unmanaged, permission set. */
export function planSetupEntityAccess(builder: PlanBuilder, snapshot: Snapshot, findings: Finding[]): void {
  const sets = new Map(records(snapshot, 'PermissionSet').map((ps) => [ps.Id, ps]));
  for (const f of findings) {
    const fix = fixOf<'setup-entity-access'>(f);
    if (!fix.permissionSetId) continue;
    const ps = sets.get(fix.permissionSetId);
    if (fix.permissionSetIsManaged || (ps?.NamespacePrefix ?? null) !== null) {
      builder.refuse(
        f.ruleId,
        `${f.resource.name}: its permission set ${fix.permissionSetId} is managed; a subscriber cannot add access to it. Authorize another profile or permission set in Setup.`,
        [f],
      );
      continue;
    }
    builder.add(
      `SetupEntityAccess/${fix.permissionSetId}/${fix.entityId}`,
      {
        target: { type: f.resource.type, id: f.resource.id ?? fix.permissionSetId, name: f.resource.name },
        operation: 'sobject.create',
        sobject: 'SetupEntityAccess',
        before: null,
        // SetupEntityType is derived from the Id and is not createable.
        after: { ParentId: fix.permissionSetId, SetupEntityId: fix.entityId },
        summary: `authorize ${f.resource.type === 'Profile' ? 'profile' : 'permission set'} '${f.resource.name}' on ${fix.entityType} ${fix.entityId}`,
      },
      [f],
    );
  }
}

/** Package licences: one UserPackageLicense per unlicensed user, only if the free seats cover all of them. */
export function planLicences(builder: PlanBuilder, findings: Finding[]): void {
  const byLicence = new Map<string, Finding[]>();
  for (const f of findings) {
    const id = fixOf<'package-licence'>(f).packageLicenseId;
    byLicence.set(id, [...(byLicence.get(id) ?? []), f]);
  }
  for (const [licenceId, group] of byLicence) {
    const seats = Math.min(...group.map((f) => fixOf<'package-licence'>(f).seatsAvailable));
    if (group.length > seats) {
      builder.refuse(
        group[0].ruleId,
        `licences: ${plural(group.length - seats, 'seat')} missing, none assigned (${plural(group.length, 'JustOn user')} without a licence, ${plural(seats, 'seat')} free on PackageLicense ${licenceId}).`,
        group,
      );
      continue;
    }
    for (const f of group) {
      const fix = fixOf<'package-licence'>(f);
      builder.add(
        `UserPackageLicense/${fix.userId}/${licenceId}`,
        {
          target: { type: 'User', id: fix.userId, name: f.resource.name },
          operation: 'sobject.create',
          sobject: 'UserPackageLicense',
          before: null,
          after: { PackageLicenseId: licenceId, UserId: fix.userId },
          summary: `assign a package licence to ${f.resource.name}`,
        },
        [f],
      );
    }
  }
}

/** Existing permission sets to assign (JustOn Read/Write to a JustOn user holding none of its sets): one assignment per user and set. */
export function planAssignments(builder: PlanBuilder, findings: Finding[]): void {
  for (const f of findings) {
    const fix = fixOf<'permission-set-assignment'>(f);
    builder.add(
      `PermissionSetAssignment/${fix.permissionSetId}/${fix.userId}`,
      {
        target: { type: 'User', id: fix.userId, name: f.resource.name },
        operation: 'sobject.create',
        sobject: 'PermissionSetAssignment',
        before: null,
        after: { PermissionSetId: fix.permissionSetId, AssigneeId: fix.userId },
        summary: `assign ${fix.permissionSetName} to ${f.resource.name}`,
      },
      [f],
    );
  }
}

/** Manual rules: numbered Setup steps, one entry per finding. */
export function planManual(builder: PlanBuilder, findings: Finding[], titles: Map<string, string>): void {
  for (const f of findings) {
    const fix = fixOf<'manual'>(f);
    builder.manual.push({
      ruleId: f.ruleId,
      title: titles.get(f.ruleId) ?? f.ruleId,
      resource: f.resource.name,
      steps: [...fix.steps],
      fingerprints: [f.fingerprint],
    });
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
