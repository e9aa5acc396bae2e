import { describe, expect, it } from 'vitest';
import { cleanOrg, orgWith } from './org-fixture.js';

const org = cleanOrg();
const q = (soql: string, api: 'data' | 'tooling' = 'data') => org.query(soql, { api });
const ids = (soql: string) => q(soql).records.map((r) => r.Id);

describe('SELECT and relationships', () => {
  it('returns typed values with attributes', () => {
    const [u] = q("SELECT Id, Username, IsActive FROM User WHERE Username = 'ADMIN@acme-billing.example'").records;
    expect(u).toEqual({
      attributes: { type: 'User', url: '/services/data/v62.0/sobjects/User/0055g0000000001AAA' },
      Id: '0055g0000000001AAA',
      Username: 'admin@acme-billing.example',
      IsActive: true,
    });
  });

  it('nests parent relationships to any depth with their own attributes', () => {
    const [r] = q("SELECT Parent.Name, Parent.Profile.Name FROM ObjectPermissions WHERE Id = '1105g0000000113AAA'").records;
    expect(r.Parent).toEqual({
      attributes: { type: 'PermissionSet', url: '/services/data/v62.0/sobjects/PermissionSet/0PS5g0000000020AAA' },
      Name: 'JustOn_Balance_Access',
      Profile: null,
    });
    const [s] = q("SELECT Parent.Profile.Name FROM ObjectPermissions WHERE Id = '000000000000001AAA'").records;
    expect((s.Parent as { Profile: { Name: string } }).Profile.Name).toBe('System Administrator');
  });

  it('reads missing fields as null and canonicalises field case', () => {
    const [u] = q("SELECT username, email FROM User WHERE Id = '0055g0000000001AAA'").records;
    expect(u).toMatchObject({ Username: 'admin@acme-billing.example', Email: null });
  });

  it('answers child subqueries with totalSize/done/records, or null when empty', () => {
    const rows = q(
      "SELECT Name, (SELECT AssigneeId FROM Assignments ORDER BY AssigneeId DESC LIMIT 2) FROM PermissionSet WHERE Name IN ('JustOn_Read_Write', 'JustOn_Read_Only') ORDER BY Name",
    ).records;
    expect(rows[0].Assignments).toEqual({
      totalSize: 1,
      done: true,
      records: [expect.objectContaining({ AssigneeId: '0055g0000000004AAA' })],
    });
    const rw = rows[1].Assignments as { totalSize: number; records: Array<{ AssigneeId: string }> };
    expect(rw.totalSize).toBe(2);
    expect(rw.records.map((r) => r.AssigneeId)).toEqual(['0055g0000000003AAA', '0055g0000000002AAA']);
    const [none] = q("SELECT (SELECT Id FROM PermissionSetAssignments) FROM User WHERE Id = '0055g0000000001AAA'").records;
    expect(none.PermissionSetAssignments).not.toBeNull();
    const [ps] = q("SELECT (SELECT Id FROM FieldPerms) FROM PermissionSet WHERE Name = 'JustOn_Read_Only'").records;
    expect(ps.FieldPerms).toBeNull();
  });

  it('serves Tooling objects with tooling URLs', () => {
    const [r] = q(
      'SELECT SubscriberPackage.NamespacePrefix, SubscriberPackageVersion.MinorVersion FROM InstalledSubscriberPackage',
      'tooling',
    ).records;
    expect(r.attributes.url).toBe('/services/data/v62.0/tooling/sobjects/InstalledSubscriberPackage/0A35g0000000001AAA');
    expect(r).toMatchObject({ SubscriberPackage: { NamespacePrefix: 'ONB2' }, SubscriberPackageVersion: { MinorVersion: 106 } });
  });
});

describe('WHERE', () => {
  it('compares strings case-insensitively and Ids in 15 or 18 characters', () => {
    expect(ids("SELECT Id FROM Profile WHERE Name = 'standard user'")).toEqual(['00e5g0000000002AAA']);
    expect(ids("SELECT Id FROM User WHERE Id = '0055g0000000003'")).toEqual(['0055g0000000003AAA']);
    expect(ids("SELECT Id FROM User WHERE ProfileId IN ('00e5g0000000001')")).toEqual(['0055g0000000001AAA']);
  });

  it('supports !=, NOT IN, null and boolean comparisons', () => {
    expect(ids('SELECT Id FROM PermissionSet WHERE NamespacePrefix != null')).toHaveLength(2);
    expect(ids('SELECT Id FROM PermissionSet WHERE NamespacePrefix = null')).toHaveLength(3);
    expect(ids("SELECT Id FROM PermissionSet WHERE NamespacePrefix != 'ONB2'")).toHaveLength(3);
    expect(ids('SELECT Id FROM User WHERE IsActive = FALSE')).toEqual(['0055g0000000004AAA']);
    expect(ids("SELECT Id FROM User WHERE Id NOT IN ('0055g0000000001AAA', '0055g0000000002AAA')")).toHaveLength(2);
  });

  it('supports LIKE with % and _', () => {
    expect(ids("SELECT Id FROM User WHERE Username LIKE '%BILLING@%'")).toHaveLength(2);
    expect(ids("SELECT Id FROM User WHERE Name LIKE '_da%'")).toEqual(['0055g0000000001AAA']);
    expect(ids("SELECT Id FROM User WHERE Name LIKE 'da%'")).toEqual([]);
  });

  it('groups AND/OR/NOT with parentheses', () => {
    expect(ids("SELECT Id FROM User WHERE (Name = 'Ada Admin' OR Name = 'Ben Billing') AND IsActive = true")).toHaveLength(2);
    expect(ids("SELECT Id FROM User WHERE NOT (Name = 'Ada Admin' OR IsActive = false)")).toHaveLength(2);
  });

  it('orders numbers and compares them', () => {
    expect(ids('SELECT Id FROM PackageLicense WHERE AllowedLicenses > 9 AND UsedLicenses <= 4')).toHaveLength(1);
    expect(ids('SELECT Id FROM PackageLicense WHERE AllowedLicenses < 10')).toHaveLength(0);
  });

  it('follows relationship paths', () => {
    expect(ids("SELECT Id FROM PermissionSetAssignment WHERE PermissionSet.NamespacePrefix = 'ONB2'")).toHaveLength(4);
    expect(ids('SELECT Id FROM ObjectPermissions WHERE Parent.IsOwnedByProfile = true')).toHaveLength(2);
    expect(ids("SELECT Id FROM FieldPermissions WHERE Parent.Profile.Name = 'System Administrator' AND Field = 'Task.Type'")).toEqual([
      '01k5g0000000121AAA',
    ]);
  });

  it('runs semi-joins and anti-joins', () => {
    expect(
      ids(
        "SELECT Id FROM User WHERE Id IN (SELECT AssigneeId FROM PermissionSetAssignment WHERE PermissionSet.Name = 'JustOn_Balance_Access')",
      ),
    ).toEqual(['0055g0000000002AAA', '0055g0000000003AAA']);
    expect(
      ids(
        "SELECT Id FROM User WHERE Id NOT IN (SELECT AssigneeId FROM PermissionSetAssignment WHERE PermissionSet.Name = 'JustOn_Balance_Access')",
      ),
    ).toEqual(['0055g0000000001AAA', '0055g0000000004AAA']);
  });

  it('compares dates and datetimes, including date literals', () => {
    const org2 = orgWith({
      PermissionSetAssignment: [
        { Id: '0Pa000000000001AAA', ExpirationDate: '2000-11-20T09:30:00.000+0000' },
        { Id: '0Pa000000000002AAA', ExpirationDate: '2099-01-01T00:00:00.000+0000' },
        { Id: '0Pa000000000003AAA', ExpirationDate: null },
      ],
    });
    const run = (w: string) => org2.query(`SELECT Id FROM PermissionSetAssignment WHERE ${w}`, { api: 'data' }).records.map((r) => r.Id);
    expect(run('ExpirationDate > 2026-12-01T00:00:00Z')).toEqual(['0Pa000000000002AAA']);
    expect(run('ExpirationDate = 2000-11-20T09:30:00.000+0000')).toEqual(['0Pa000000000001AAA']);
    expect(run('ExpirationDate < TODAY')).toEqual(['0Pa000000000001AAA']);
    expect(run('ExpirationDate = TODAY')).toEqual([]);
    expect(run('ExpirationDate > LAST_N_DAYS:3')).toEqual(['0Pa000000000002AAA']);
    expect(run('ExpirationDate != null')).toHaveLength(2);
  });
});

describe('ORDER BY, LIMIT, OFFSET, COUNT', () => {
  it('orders by several fields, relationship fields and NULLS FIRST/LAST', () => {
    expect(ids('SELECT Id FROM PermissionSet ORDER BY NamespacePrefix NULLS LAST, Name DESC')).toEqual([
      '0PS5g0000000010AAA',
      '0PS5g0000000011AAA',
      '0PS5g0000000002AAA',
      '0PS5g0000000001AAA',
      '0PS5g0000000020AAA',
    ]);
    // Nulls sort first by default, also with DESC (SOQL reference, ORDER BY).
    expect(ids('SELECT Id FROM PermissionSet ORDER BY NamespacePrefix DESC, Name LIMIT 2')).toEqual([
      '0PS5g0000000020AAA',
      '0PS5g0000000001AAA',
    ]);
    expect(ids('SELECT Id FROM PermissionSet ORDER BY NamespacePrefix DESC NULLS LAST, Name LIMIT 2')).toEqual([
      '0PS5g0000000011AAA',
      '0PS5g0000000010AAA',
    ]);
    expect(ids('SELECT Id FROM User ORDER BY Profile.Name DESC, Username LIMIT 2 OFFSET 1')).toEqual([
      '0055g0000000002AAA',
      '0055g0000000003AAA',
    ]);
  });

  it('COUNT() gives totalSize only; COUNT(Id) an AggregateResult expr0', () => {
    expect(q('SELECT COUNT() FROM User WHERE IsActive = true')).toEqual({ totalSize: 3, records: [] });
    expect(q('SELECT COUNT(Id) FROM FieldPermissions')).toEqual({
      totalSize: 1,
      records: [{ attributes: { type: 'AggregateResult' }, expr0: 16 }],
    });
    expect(q('SELECT COUNT(Id) n FROM User').records[0]).toMatchObject({ n: 4 });
    expect(q('SELECT COUNT(Id) FROM User LIMIT 1').records[0]).toMatchObject({ expr0: 4 });
    expect(q('SELECT COUNT() FROM User LIMIT 2').totalSize).toBe(2);
    expect(q('SELECT COUNT(Email) FROM User').records[0]).toMatchObject({ expr0: 0 });
  });
});
