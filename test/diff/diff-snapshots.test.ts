import { describe, expect, it } from 'vitest';
import type { SObjectRecord } from '@juston-audit/org-snapshot';
import { diffSnapshots } from '../../src/diff/diff-snapshots.js';
import type { DiffSection } from '../../src/diff/types.js';
import { addRows, clean, dropRows, ids, modify, patchRow, withRecords } from '../harness/snapshots.js';

const changesOf = (sections: DiffSection[]) => Object.fromEntries(sections.map((s) => [s.id, s.changes]));

/** The clean org a night later: Ben left JustOn, a set was added, Task.Type lost Edit, two settings and the package moved. */
function nightLater() {
  const ben = (r: SObjectRecord) => r.AssigneeId === ids.ben || r.UserId === ids.ben;
  const changed = withRecords(clean(), {
    UserPackageLicense: dropRows(ben),
    PermissionSetAssignment: dropRows((r) => ben(r) && r.PermissionSetId !== ids.standardPs),
    PermissionSet: addRows({ Id: '0PS5g0000000099AAA', Name: 'Invoice_Viewer', Label: 'Invoice Viewer', IsOwnedByProfile: false }),
    FieldPermissions: patchRow('01k5g0000000129AAA', { PermissionsEdit: false }),
    ConnectedApplication: patchRow(ids.app, { OptionsAllowAdminApprovedUsersOnly: false }),
  });
  return modify(changed, (s) => {
    s.metadata.MobileSettings!.Mobile!.enableS1EncryptedStoragePref2 = true;
    Object.assign(s.tooling.SubscriberPackageVersion![0]!, { MinorVersion: 107, Name: 'Spring 2027' });
  });
}

describe('diffSnapshots', () => {
  it('finds nothing between two copies of the clean org, and lists every section', () => {
    const sections = diffSnapshots(clean(), clean());
    expect(sections.map((s) => s.id)).toEqual([
      'package',
      'juston-users',
      'licences',
      'permission-sets',
      'assignments',
      'object-permissions',
      'field-permissions',
      'tab-settings',
      'setup-entity-access',
      'settings',
      'rules',
    ]);
    expect(sections.flatMap((s) => s.changes)).toEqual([]);
  });

  it('names each change of the clean org a night later, in every concept', () => {
    const changes = changesOf(diffSnapshots(clean(), nightLater()));
    expect(changes.package).toEqual([
      { kind: 'changed', subject: 'version', before: '2.106.0.1 (Winter 2026)', after: '2.107.0.1 (Spring 2027)' },
    ]);
    expect(changes['juston-users']).toEqual([{ kind: 'removed', subject: 'ben.billing@acme-billing.example' }]);
    expect(changes.licences).toEqual([{ kind: 'removed', subject: 'ben.billing@acme-billing.example' }]);
    expect(changes['permission-sets']).toEqual([{ kind: 'added', subject: "permission set 'Invoice_Viewer'" }]);
    expect(changes.assignments).toEqual([
      { kind: 'removed', subject: "ben.billing@acme-billing.example ← permission set 'JustOn_Balance_Access'" },
      { kind: 'removed', subject: "ben.billing@acme-billing.example ← permission set 'JustOn_Read_Write'" },
    ]);
    expect(changes['field-permissions']).toEqual([
      { kind: 'changed', subject: "permission set 'JustOn_Balance_Access' · Task.Type", before: 'Read, Edit', after: 'Read' },
    ]);
    expect(changes.settings).toEqual([
      { kind: 'changed', subject: "connected app 'JustOn Platform' admin-approved users only", before: 'true', after: 'false' },
      { kind: 'changed', subject: 'MobileSettings.enableS1EncryptedStoragePref2', before: 'false', after: 'true' },
    ]);
    for (const rule of ['session/browser-caching-disabled', 'connected-app/admin-approved', 'access/task-type-field']) {
      expect(changes.rules).toContainEqual({ kind: 'changed', subject: rule, before: 'pass', after: 'fail' });
    }
    expect(changes['object-permissions']).toEqual([]);
    expect(changes['tab-settings']).toEqual([]);
  });

  it('reads the change backwards when OLD and NEW are swapped', () => {
    const changes = changesOf(diffSnapshots(nightLater(), clean()));
    expect(changes.licences).toEqual([{ kind: 'added', subject: 'ben.billing@acme-billing.example' }]);
    expect(changes['permission-sets']).toEqual([{ kind: 'removed', subject: "permission set 'Invoice_Viewer'" }]);
  });
});
