import { describe, expect, it } from 'vitest';
import { cleanOrg, errorOf } from './org-fixture.js';

const org = cleanOrg();
const fail = (soql: string, api: 'data' | 'tooling' = 'data') => errorOf(() => org.query(soql, { api }));

describe('query errors as Salesforce gives them', () => {
  it('unknown sObject → INVALID_TYPE, also for a Tooling-only object on the data API', () => {
    const e = fail('SELECT Id FROM Nope__x');
    expect([e.errorCode, e.status]).toEqual(['INVALID_TYPE', 400]);
    expect(e.message).toBe(
      "sObject type 'Nope__x' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.",
    );
    expect(fail('SELECT Id FROM RemoteProxy').errorCode).toBe('INVALID_TYPE');
  });

  it('unknown field → INVALID_FIELD with the entity name', () => {
    const e = fail('SELECT Id, Bogus FROM User');
    expect(e.errorCode).toBe('INVALID_FIELD');
    expect(e.message).toMatch(/^No such column 'Bogus' on entity 'User'\. If you are attempting to use a custom field/);
    expect(fail("SELECT Id FROM User WHERE Bogus = 'x'").errorCode).toBe('INVALID_FIELD');
    expect(fail('SELECT Nope.Name FROM User').message).toMatch(/^Didn't understand relationship 'Nope'/);
    expect(fail('SELECT (SELECT Id FROM Nopes) FROM User').errorCode).toBe('INVALID_TYPE');
  });

  it('unparseable → MALFORMED_QUERY', () => {
    expect(fail('SELECT Id FROM').errorCode).toBe('MALFORMED_QUERY');
    expect(fail('SELEC Id FROM User').errorCode).toBe('MALFORMED_QUERY');
  });

  it('a non-filterable field in WHERE → INVALID_FIELD "can not be filtered"', () => {
    expect(org.query("SELECT Id FROM SubscriberPackage WHERE Id = '0335g0000000001AAA'", { api: 'tooling' }).totalSize).toBe(1);
    const e = fail("SELECT Id FROM SubscriberPackage WHERE Id = '0335g0000000001AAA' AND NamespacePrefix = 'ONB2'", 'tooling');
    expect([e.errorCode, e.message]).toEqual(['INVALID_FIELD', "field 'NamespacePrefix' can not be filtered in a query call"]);
  });

  it('Tooling SubscriberPackage/SubscriberPackageVersion need an Id filter', () => {
    expect(fail('SELECT Id, Name FROM SubscriberPackage', 'tooling').message).toMatch(/^Implementation restriction/);
    expect(fail('SELECT Id FROM SubscriberPackageVersion', 'tooling').errorCode).toBe('MALFORMED_QUERY');
  });

  it('refuses literals of the wrong type', () => {
    expect(fail("SELECT Id FROM User WHERE IsActive = 'true'").errorCode).toBe('INVALID_QUERY_FILTER_OPERATOR');
    expect(fail('SELECT Id FROM User WHERE Name = 3').errorCode).toBe('INVALID_QUERY_FILTER_OPERATOR');
    expect(fail("SELECT Id FROM User WHERE Id = 'abc'").message).toBe('invalid ID field: abc');
  });

  it('applies the semi-join restrictions', () => {
    const sub = '(SELECT AssigneeId FROM PermissionSetAssignment)';
    expect(fail(`SELECT Id FROM User WHERE Id IN ${sub} OR IsActive = true`).message).toBe(
      "Semi join sub-selects are not allowed with the 'OR' operator",
    );
    expect(fail(`SELECT Id FROM User WHERE IsActive = true OR (Name = 'x' AND Id NOT IN ${sub})`).errorCode).toBe('MALFORMED_QUERY');
    expect(
      fail(
        'SELECT Id FROM User WHERE Id IN (SELECT AssigneeId FROM PermissionSetAssignment WHERE PermissionSetId IN (SELECT ParentId FROM ObjectPermissions))',
      ).errorCode,
    ).toBe('MALFORMED_QUERY');
    expect(fail('SELECT Id FROM User WHERE Id IN (SELECT Id, AssigneeId FROM PermissionSetAssignment)').errorCode).toBe('MALFORMED_QUERY');
    expect(fail('SELECT Id FROM User WHERE Name IN (SELECT AssigneeId FROM PermissionSetAssignment)').errorCode).toBe(
      'INVALID_QUERY_FILTER_OPERATOR',
    );
    expect(fail('SELECT Id FROM User WHERE Id IN (SELECT Id FROM User)').errorCode).toBe('INVALID_QUERY_FILTER_OPERATOR');
    expect(
      fail(`SELECT Id FROM User WHERE Id IN ${sub} AND Id IN ${sub} AND Id NOT IN (SELECT UserId FROM UserPackageLicense)`).errorCode,
    ).toBe('MALFORMED_QUERY');
    expect(
      org.query(`SELECT Id FROM User WHERE Id IN ${sub} AND Id NOT IN (SELECT UserId FROM UserPackageLicense)`, { api: 'data' }).totalSize,
    ).toBe(0);
  });
});
