import { describe, expect, it } from 'vitest';
import { cleanOrg, errorCodeOf, errorOf } from '../soql/org-fixture.js';

const MANAGED_PS = '0PS5g0000000010AAA'; // ONB2 managed permission set
const CUSTOM_PS = '0PS5g0000000020AAA';
const ANNA = '0055g0000000002AAA';
const OLGA = '0055g0000000004AAA';
const APP = '0H45g0000000001AAA';

describe('field-level write checks', () => {
  it('unknown field → INVALID_FIELD "No such column"', () => {
    const e = errorOf(() => cleanOrg().create('PermissionSet', { Name: 'A', Label: 'A', Bogus: 1 }, 'data'));
    expect([e.errorCode, e.message, e.fields]).toEqual([
      'INVALID_FIELD',
      "No such column 'Bogus' on sobject of type PermissionSet",
      ['Bogus'],
    ]);
  });

  it('read-only fields → INVALID_FIELD_FOR_INSERT_UPDATE listing them', () => {
    const org = cleanOrg();
    const e = errorOf(() =>
      org.create('SetupEntityAccess', { ParentId: CUSTOM_PS, SetupEntityId: APP, SetupEntityType: 'ConnectedApplication' }, 'data'),
    );
    expect(e.errorCode).toBe('INVALID_FIELD_FOR_INSERT_UPDATE');
    expect(e.message).toBe(
      'Unable to create fields: SetupEntityType. Please check the security settings of this field and verify that it is read/write for your profile or permission set.',
    );
    expect(errorCodeOf(() => org.update('PermissionSetTabSetting', '0Ps5g0000000131AAA', { Name: 'Account' }, 'data'))).toBe(
      'INVALID_FIELD_FOR_INSERT_UPDATE',
    );
    expect(errorCodeOf(() => org.update('PermissionSetAssignment', '0Pa5g0000000109AAA', { AssigneeId: OLGA }, 'data'))).toBe(
      'INVALID_FIELD_FOR_INSERT_UPDATE',
    );
    expect(
      errorCodeOf(() => org.update('PermissionSetAssignment', '0Pa5g0000000109AAA', { ExpirationDate: '2030-01-01T00:00:00Z' }, 'data')),
    ).toBe('none');
  });

  it('read-only objects and missing calls → INVALID_TYPE_FOR_OPERATION; unknown → NOT_FOUND 404', () => {
    const org = cleanOrg();
    for (const sob of ['ConnectedApplication', 'PackageLicense', 'Organization', 'Profile']) {
      expect(errorCodeOf(() => org.create(sob, { Name: 'x' }, 'data'))).toBe('INVALID_TYPE_FOR_OPERATION');
    }
    expect(errorCodeOf(() => org.update('SetupEntityAccess', '0J05g0000000133AAA', {}, 'data'))).toBe('INVALID_TYPE_FOR_OPERATION');
    expect(errorOf(() => org.create('Nope__c', {}, 'data')).status).toBe(404);
  });

  it('required fields → REQUIRED_FIELD_MISSING', () => {
    const e = errorOf(() => cleanOrg().create('ObjectPermissions', { PermissionsRead: true }, 'data'));
    expect([e.errorCode, e.fields]).toEqual(['REQUIRED_FIELD_MISSING', ['ParentId', 'SobjectType']]);
  });

  it('bad references: malformed, missing, wrong type', () => {
    const org = cleanOrg();
    const op = (ParentId: string) => () =>
      org.create('ObjectPermissions', { ParentId, SobjectType: 'ONB2__Balance__c', PermissionsRead: true }, 'data');
    expect(errorCodeOf(op('nope'))).toBe('MALFORMED_ID');
    expect(errorCodeOf(op('0PS5g0000000999AAA'))).toBe('INVALID_CROSS_REFERENCE_KEY');
    expect(errorCodeOf(op(ANNA))).toBe('FIELD_INTEGRITY_EXCEPTION');
  });

  it('restricted picklists refuse unknown values', () => {
    expect(
      errorCodeOf(() =>
        cleanOrg().create('PermissionSetTabSetting', { ParentId: CUSTOM_PS, Name: 'Account', Visibility: 'Hidden' }, 'data'),
      ),
    ).toBe('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST');
  });
});

describe('permission rows', () => {
  const objPerm = (extra: Record<string, unknown>) => ({
    ParentId: CUSTOM_PS,
    SobjectType: 'ONB2__Invoice__c',
    PermissionsRead: true,
    ...extra,
  });

  it('ObjectPermissions dependencies and all-false rows → FIELD_INTEGRITY_EXCEPTION', () => {
    const org = cleanOrg();
    expect(errorCodeOf(() => org.create('ObjectPermissions', objPerm({ PermissionsRead: false, PermissionsEdit: true }), 'data'))).toBe(
      'FIELD_INTEGRITY_EXCEPTION',
    );
    expect(errorCodeOf(() => org.create('ObjectPermissions', objPerm({ PermissionsDelete: true }), 'data'))).toBe(
      'FIELD_INTEGRITY_EXCEPTION',
    );
    expect(
      errorCodeOf(() =>
        org.create(
          'ObjectPermissions',
          objPerm({ PermissionsEdit: true, PermissionsDelete: true, PermissionsModifyAllRecords: true }),
          'data',
        ),
      ),
    ).toBe('FIELD_INTEGRITY_EXCEPTION');
    expect(errorCodeOf(() => org.create('ObjectPermissions', objPerm({ PermissionsRead: false }), 'data'))).toBe(
      'FIELD_INTEGRITY_EXCEPTION',
    );
    expect(
      errorCodeOf(() =>
        org.create(
          'ObjectPermissions',
          objPerm({ PermissionsEdit: true, PermissionsDelete: true, PermissionsViewAllRecords: true, PermissionsModifyAllRecords: true }),
          'data',
        ),
      ),
    ).toBe('none');
    expect(errorCodeOf(() => org.update('ObjectPermissions', '1105g0000000113AAA', { PermissionsRead: false }, 'data'))).toBe(
      'FIELD_INTEGRITY_EXCEPTION',
    );
  });

  it('one ObjectPermissions row per ParentId+SobjectType, one FieldPermissions row per ParentId+Field', () => {
    const org = cleanOrg();
    expect(
      errorCodeOf(() =>
        org.create('ObjectPermissions', { ParentId: CUSTOM_PS, SobjectType: 'onb2__balance__c', PermissionsRead: true }, 'data'),
      ),
    ).toBe('DUPLICATE_VALUE');
    expect(
      errorCodeOf(() =>
        org.create('FieldPermissions', { ParentId: CUSTOM_PS, SobjectType: 'Task', Field: 'Task.Type', PermissionsRead: true }, 'data'),
      ),
    ).toBe('DUPLICATE_VALUE');
  });

  it('FieldPermissions: Edit needs Read, Read false refused, field must be permissionable', () => {
    const org = cleanOrg();
    const fp = (Field: string, r: boolean, e: boolean) => () =>
      org.create(
        'FieldPermissions',
        { ParentId: CUSTOM_PS, SobjectType: Field.split('.')[0], Field, PermissionsRead: r, PermissionsEdit: e },
        'data',
      );
    expect(errorCodeOf(fp('Task.Subject', false, true))).toBe('FIELD_INTEGRITY_EXCEPTION');
    expect(errorCodeOf(fp('Task.Subject', false, false))).toBe('FIELD_INTEGRITY_EXCEPTION');
    expect(errorCodeOf(fp('Task.Status', true, false))).toBe('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST');
    expect(errorCodeOf(fp('ONB2__Balance__c.ONB2__Account__c', true, false))).toBe('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST');
    expect(errorCodeOf(fp('Task.Subject', true, true))).toBe('none');
  });

  it('rows with Ids starting 000 cannot be updated or deleted', () => {
    const org = cleanOrg();
    expect(errorCodeOf(() => org.delete('ObjectPermissions', '000000000000001AAA', 'data'))).toBe('INVALID_ID_FIELD');
    expect(errorCodeOf(() => org.update('ObjectPermissions', '000000000000001AAA', { PermissionsDelete: false }, 'data'))).toBe(
      'INVALID_ID_FIELD',
    );
    expect(org.query("SELECT COUNT() FROM ObjectPermissions WHERE Id = '000000000000001AAA'", { api: 'data' }).totalSize).toBe(1);
  });

  it('managed permission sets → CANNOT_MODIFY_MANAGED_OBJECT for every permission row type', () => {
    const org = cleanOrg();
    expect(
      errorCodeOf(() => org.create('ObjectPermissions', objPerm({ ParentId: MANAGED_PS, SobjectType: 'ONB2__Balance__c' }), 'data')),
    ).toBe('CANNOT_MODIFY_MANAGED_OBJECT');
    expect(errorCodeOf(() => org.update('ObjectPermissions', '1105g0000000111AAA', { PermissionsCreate: false }, 'data'))).toBe(
      'CANNOT_MODIFY_MANAGED_OBJECT',
    );
    expect(
      errorCodeOf(() =>
        org.create('FieldPermissions', { ParentId: MANAGED_PS, SobjectType: 'Task', Field: 'Task.Type', PermissionsRead: true }, 'data'),
      ),
    ).toBe('CANNOT_MODIFY_MANAGED_OBJECT');
    expect(
      errorCodeOf(() =>
        org.create('PermissionSetTabSetting', { ParentId: MANAGED_PS, Name: 'ONB2__Balance__c', Visibility: 'DefaultOn' }, 'data'),
      ),
    ).toBe('CANNOT_MODIFY_MANAGED_OBJECT');
    expect(errorCodeOf(() => org.create('SetupEntityAccess', { ParentId: MANAGED_PS, SetupEntityId: APP }, 'data'))).toBe(
      'CANNOT_MODIFY_MANAGED_OBJECT',
    );
    expect(errorCodeOf(() => org.delete('PermissionSet', MANAGED_PS, 'data'))).toBe('CANNOT_MODIFY_MANAGED_OBJECT');
  });

  it('standard profiles refuse object/field permissions but take tab settings and SetupEntityAccess', () => {
    const org = cleanOrg();
    const STD_PS = '0PS5g0000000002AAA';
    expect(errorCodeOf(() => org.create('ObjectPermissions', objPerm({ ParentId: STD_PS }), 'data'))).toBe(
      'INSUFFICIENT_ACCESS_OR_READONLY',
    );
    expect(
      errorCodeOf(() =>
        org.create('FieldPermissions', { ParentId: STD_PS, SobjectType: 'Task', Field: 'Task.Subject', PermissionsRead: true }, 'data'),
      ),
    ).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
    expect(
      errorCodeOf(() =>
        org.create('PermissionSetTabSetting', { ParentId: STD_PS, Name: 'ONB2__Balance__c', Visibility: 'DefaultOff' }, 'data'),
      ),
    ).toBe('none');
    const id = org.create('SetupEntityAccess', { ParentId: STD_PS, SetupEntityId: APP }, 'data');
    expect(org.retrieve('SetupEntityAccess', id, ['SetupEntityType'], 'data').SetupEntityType).toBe('ConnectedApplication');
    expect(errorCodeOf(() => org.create('SetupEntityAccess', { ParentId: STD_PS, SetupEntityId: APP }, 'data'))).toBe('DUPLICATE_VALUE');
  });
});
