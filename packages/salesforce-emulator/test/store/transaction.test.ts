import { describe, expect, it } from 'vitest';
import { SalesforceApiError } from '../../src/api-error.js';
import { createOrgData } from '../../src/create-org-data.js';
import { cleanOrg, cleanSnapshot, errorCodeOf } from '../soql/org-fixture.js';

const CUSTOM_PS = '0PS5g0000000020AAA';

describe('transaction', () => {
  it('rolls back creates, updates, deletes, cascades, counters and metadata exactly', () => {
    const org = cleanOrg();
    const before = org.toSnapshot();
    expect(() =>
      org.transaction(() => {
        const ps = org.create('PermissionSet', { Name: 'Fix', Label: 'Fix' }, 'data');
        org.create('ObjectPermissions', { ParentId: ps, SobjectType: 'ONB2__Balance__c', PermissionsRead: true }, 'data');
        org.update('ObjectPermissions', '1105g0000000113AAA', { PermissionsEdit: false }, 'data');
        org.delete('UserPackageLicense', '0515g0000000135AAA', 'data');
        for (const r of org.query(`SELECT Id FROM PermissionSetAssignment WHERE PermissionSetId = '${CUSTOM_PS}'`, { api: 'data' })
          .records) {
          org.delete('PermissionSetAssignment', r.Id as string, 'data');
        }
        org.delete('PermissionSet', CUSTOM_PS, 'data');
        org.updateMetadata('MobileSettings', [{ fullName: 'Mobile', enableS1EncryptedStoragePref2: true }]);
        throw new SalesforceApiError('ALL_OR_NONE_OPERATION_ROLLED_BACK', 'rollback');
      }),
    ).toThrow('rollback');
    expect(org.toSnapshot()).toEqual(before);
    expect(org.toSnapshot()).toEqual(cleanOrg().toSnapshot());
    expect(org.query("SELECT COUNT() FROM ObjectPermissions WHERE ParentId = '0PS5g0000000020AAA'", { api: 'data' }).totalSize).toBe(1);
    expect(errorCodeOf(() => org.retrieve('PermissionSet', CUSTOM_PS, ['Name'], 'data'))).toBe('none');
  });

  it('keeps the changes when fn returns, and undoes only a failed inner transaction', () => {
    const org = cleanOrg();
    const id = org.transaction(() => {
      const kept = org.create('PermissionSet', { Name: 'Kept', Label: 'Kept' }, 'data');
      expect(() =>
        org.transaction(() => {
          org.create('PermissionSet', { Name: 'Dropped', Label: 'Dropped' }, 'data');
          org.create('PermissionSet', { Name: 'Kept', Label: 'dup' }, 'data');
        }),
      ).toThrow(SalesforceApiError);
      return kept;
    });
    const names = org.query("SELECT Name FROM PermissionSet WHERE Name IN ('Kept', 'Dropped')", { api: 'data' }).records.map((r) => r.Name);
    expect(names).toEqual(['Kept']);
    expect(id).toMatch(/^0PS/);
  });

  it('a failed write leaves nothing behind even outside a transaction', () => {
    const org = cleanOrg();
    const before = org.toSnapshot();
    expect(
      errorCodeOf(() => org.create('PermissionSetAssignment', { AssigneeId: '0055g0000000002AAA', PermissionSetId: CUSTOM_PS }, 'data')),
    ).toBe('DUPLICATE_VALUE');
    expect(org.toSnapshot()).toEqual(before);
  });
});

describe('isolation', () => {
  it('returned records share no mutable object with the store, nor with the snapshot it was built from', () => {
    const snap = cleanSnapshot();
    snap.tooling.RemoteProxy[0].Metadata = { url: 'https://a.example', isActive: true };
    const org = createOrgData(snap);
    const proxy = () => org.query('SELECT Metadata FROM RemoteProxy', { api: 'tooling' }).records[0].Metadata as Record<string, unknown>;
    proxy().isActive = false;
    snap.tooling.RemoteProxy[0].Metadata = { url: 'changed' };
    expect(proxy()).toEqual({ url: 'https://a.example', isActive: true });
    expect(org.retrieve('RemoteProxy', '0rp5g0000000001AAA', undefined, 'tooling').Metadata).toEqual({
      url: 'https://a.example',
      isActive: true,
    });
    const r = org.query("SELECT Id, Name FROM User WHERE Id = '0055g0000000001AAA'", { api: 'data' }).records[0];
    r.Name = 'changed';
    expect(org.query("SELECT Name FROM User WHERE Id = '0055g0000000001AAA'", { api: 'data' }).records[0].Name).toBe('Ada Admin');
    const m = org.readMetadata('MobileSettings', ['Mobile', 'Nope']);
    expect(m[1]).toBeNull();
    (m[0] as Record<string, unknown>).enableS1EncryptedStoragePref2 = true;
    expect(org.readMetadata('MobileSettings', ['Mobile'])[0]).toEqual({ fullName: 'Mobile', enableS1EncryptedStoragePref2: false });
    const s = org.toSnapshot();
    s.records.User[0].Name = 'x';
    expect(org.toSnapshot().records.User[0].Name).toBe('Ada Admin');
  });
});
