import { describe, expect, it } from 'vitest';
import { createOrgData } from '../../src/create-org-data.js';
import { cleanOrg, errorCodeOf } from '../soql/org-fixture.js';

const CUSTOM_PS = '0PS5g0000000020AAA';
const ANNA = '0055g0000000002AAA';
const ADA = '0055g0000000001AAA';
const LICENSE = '0505g0000000001AAA';

describe('PermissionSet', () => {
  it('new sets are Regular, custom, unmanaged, not profile-owned, with an 18-char 0PS Id', () => {
    const org = cleanOrg();
    const id = org.create('PermissionSet', { Name: 'JustOn_Audit_Fix', Label: 'JustOn Audit Fix' }, 'data');
    expect(id).toMatch(/^0PS[a-zA-Z0-9]{15}$/);
    expect(org.retrieve('PermissionSet', id, ['IsOwnedByProfile', 'NamespacePrefix', 'Type', 'IsCustom'], 'data')).toMatchObject({
      IsOwnedByProfile: false,
      NamespacePrefix: null,
      Type: 'Regular',
      IsCustom: true,
    });
  });

  it('Name must be a valid, unique developer name', () => {
    const org = cleanOrg();
    for (const bad of ['1abc', 'a b', 'a__b', 'ab_']) {
      expect(errorCodeOf(() => org.create('PermissionSet', { Name: bad, Label: 'x' }, 'data'))).toBe('FIELD_INTEGRITY_EXCEPTION');
    }
    expect(errorCodeOf(() => org.create('PermissionSet', { Name: 'juston_balance_access', Label: 'x' }, 'data'))).toBe(
      'DUPLICATE_DEVELOPER_NAME',
    );
  });

  it('delete refuses assigned sets and cascades permission rows otherwise', () => {
    const org = cleanOrg();
    expect(errorCodeOf(() => org.delete('PermissionSet', CUSTOM_PS, 'data'))).toBe('DELETE_FAILED');
    for (const r of org.query(`SELECT Id FROM PermissionSetAssignment WHERE PermissionSetId = '${CUSTOM_PS}'`, { api: 'data' }).records) {
      org.delete('PermissionSetAssignment', r.Id as string, 'data');
    }
    org.delete('PermissionSet', CUSTOM_PS, 'data');
    for (const sob of ['ObjectPermissions', 'FieldPermissions', 'PermissionSetTabSetting', 'SetupEntityAccess']) {
      expect(org.query(`SELECT COUNT() FROM ${sob} WHERE ParentId = '${CUSTOM_PS}'`, { api: 'data' }).totalSize).toBe(0);
    }
    expect(errorCodeOf(() => org.delete('PermissionSet', CUSTOM_PS, 'data'))).toBe('ENTITY_IS_DELETED');
    expect(errorCodeOf(() => org.delete('PermissionSet', '0PS5g0000000999AAA', 'data'))).toBe('NOT_FOUND');
  });
});

describe('PermissionSetAssignment', () => {
  it('duplicate assignee + permission set → DUPLICATE_VALUE; profile sets cannot be assigned', () => {
    const org = cleanOrg();
    expect(errorCodeOf(() => org.create('PermissionSetAssignment', { AssigneeId: ANNA, PermissionSetId: CUSTOM_PS }, 'data'))).toBe(
      'DUPLICATE_VALUE',
    );
    expect(
      errorCodeOf(() => org.create('PermissionSetAssignment', { AssigneeId: ANNA, PermissionSetId: '0PS5g0000000001AAA' }, 'data')),
    ).toBe('FIELD_INTEGRITY_EXCEPTION');
    expect(
      errorCodeOf(() => org.create('PermissionSetAssignment', { AssigneeId: ADA, PermissionSetId: CUSTOM_PS.slice(0, 15) }, 'data')),
    ).toBe('none');
    const [row] = org.query(
      `SELECT PermissionSetId FROM PermissionSetAssignment WHERE AssigneeId = '${ADA}' AND PermissionSet.Name = 'JustOn_Balance_Access'`,
      { api: 'data' },
    ).records;
    expect(row.PermissionSetId).toBe(CUSTOM_PS);
  });
});

describe('UserPackageLicense', () => {
  it('keeps UsedLicenses in step and refuses beyond AllowedLicenses', () => {
    const org = cleanOrg();
    const used = () =>
      org.query(`SELECT UsedLicenses FROM PackageLicense WHERE Id = '${LICENSE}'`, { api: 'data' }).records[0].UsedLicenses;
    expect(errorCodeOf(() => org.create('UserPackageLicense', { UserId: ANNA, PackageLicenseId: LICENSE }, 'data'))).toBe(
      'DUPLICATE_VALUE',
    );
    org.delete('UserPackageLicense', '0515g0000000137AAA', 'data');
    expect(used()).toBe(3);
    const newUsers = Array.from({ length: 7 }, (_, i) =>
      org.create(
        'User',
        {
          Username: `u${i}@x.example`,
          LastName: `U${i}`,
          Email: 'u@x.example',
          Alias: `u${i}`,
          ProfileId: '00e5g0000000002AAA',
          TimeZoneSidKey: 'Europe/Berlin',
          LocaleSidKey: 'de_DE',
          EmailEncodingKey: 'UTF-8',
          LanguageLocaleKey: 'de',
        },
        'data',
      ),
    );
    for (const u of newUsers) org.create('UserPackageLicense', { UserId: u, PackageLicenseId: LICENSE }, 'data');
    expect(used()).toBe(10);
    expect(errorCodeOf(() => org.create('UserPackageLicense', { UserId: '0055g0000000004AAA', PackageLicenseId: LICENSE }, 'data'))).toBe(
      'LICENSE_LIMIT_EXCEEDED',
    );
  });

  it('refuses per-user rows on a site licence (AllowedLicenses -1)', () => {
    const snap = cleanOrg().toSnapshot();
    snap.records.PackageLicense[0].AllowedLicenses = -1;
    snap.records.UserPackageLicense = [];
    const org = createOrgData(snap);
    expect(errorCodeOf(() => org.create('UserPackageLicense', { UserId: ANNA, PackageLicenseId: LICENSE }, 'data'))).toBe(
      'FIELD_INTEGRITY_EXCEPTION',
    );
  });
});
