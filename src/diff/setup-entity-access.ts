import type { Snapshot } from '@juston-audit/org-snapshot';
import { records } from '../rules/shared/sobjects.js';
import { grantNames } from './grant-names.js';
import { setChanges } from './keyed-changes.js';
import type { DiffSection } from './types.js';

/** Id → "connected app 'JustOn Platform'", "Apex class 'X'", … for the entities the collector read. */
function entityNames(snapshot: Snapshot): Map<string, string> {
  const named = (kind: string, rows: Array<{ Id: string; Name?: string; DeveloperName?: string }>) =>
    rows.map((r) => [r.Id, `${kind} '${r.Name ?? r.DeveloperName}'`] as const);
  return new Map([
    ...named('connected app', records(snapshot, 'ConnectedApplication')),
    ...named('external client app', records(snapshot, 'ExternalClientApplication')),
    ...named('Apex class', records(snapshot, 'ApexClass')),
    ...named('Visualforce page', records(snapshot, 'ApexPage')),
  ]);
}

/** "profile 'System Administrator' → connected app 'JustOn Platform'" for every SetupEntityAccess row. */
function entityAccess(snapshot: Snapshot): string[] {
  const grants = grantNames(snapshot);
  const entities = entityNames(snapshot);
  return records(snapshot, 'SetupEntityAccess').map(
    (row) =>
      `${grants.get(row.ParentId) ?? row.ParentId} → ${entities.get(row.SetupEntityId) ?? `${row.SetupEntityType} ${row.SetupEntityId}`}`,
  );
}

/** Profiles and permission sets given or denied access to the connected app, Apex classes and pages. */
export const setupEntityAccessSection = (before: Snapshot, after: Snapshot): DiffSection => ({
  id: 'setup-entity-access',
  title: 'App, class and page access',
  changes: setChanges(entityAccess(before), entityAccess(after)),
});
