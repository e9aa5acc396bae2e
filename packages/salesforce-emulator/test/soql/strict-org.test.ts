import { describe, expect, it } from 'vitest';
import { strictOrgData } from '../../src/soql/strict-org.js';
import { cleanOrg } from './org-fixture.js';

const code = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { errorCode?: string }).errorCode;
  }
  return 'none';
};

describe('a stricter org', () => {
  it('lacks the rejected fields: left out of the describe, INVALID_FIELD when selected, directly or through a relationship', () => {
    const org = strictOrgData(cleanOrg(), { rejectFields: ['PermissionSet.PermissionsViewAllData'] });
    expect(org.describe('PermissionSet', 'data').fields.map((f) => f.name)).not.toContain('PermissionsViewAllData');
    expect(code(() => org.query('SELECT Id, PermissionsViewAllData FROM PermissionSet', { api: 'data' }))).toBe('INVALID_FIELD');
    expect(code(() => org.query('SELECT Id, Parent.PermissionsViewAllData FROM ObjectPermissions', { api: 'data' }))).toBe('INVALID_FIELD');
    expect(code(() => org.query('SELECT Id, Name FROM PermissionSet', { api: 'data' }))).toBe('none');
  });

  it('lacks the rejected fields on the Tooling API too, directly or through a relationship', () => {
    const org = strictOrgData(cleanOrg(), { rejectFields: ['RemoteProxy.EndpointUrl', 'SubscriberPackageVersion.Name'] });
    expect(org.describe('RemoteProxy', 'tooling').fields.map((f) => f.name)).not.toContain('EndpointUrl');
    expect(code(() => org.query('SELECT Id, EndpointUrl FROM RemoteProxy', { api: 'tooling' }))).toBe('INVALID_FIELD');
    expect(code(() => org.query('SELECT Id, SubscriberPackageVersion.Name FROM InstalledSubscriberPackage', { api: 'tooling' }))).toBe(
      'INVALID_FIELD',
    );
    expect(code(() => org.query('SELECT Id, SiteName FROM RemoteProxy', { api: 'tooling' }))).toBe('none');
  });

  it('refuses semi-joins into the named objects and child subqueries', () => {
    const org = strictOrgData(cleanOrg(), { noSemiJoinInto: ['UserPackageLicense'], noChildSubqueries: true });
    expect(code(() => org.query('SELECT Id FROM User WHERE Id IN (SELECT UserId FROM UserPackageLicense)', { api: 'data' }))).toBe(
      'INVALID_QUERY_FILTER_OPERATOR',
    );
    expect(code(() => org.query('SELECT Id FROM User WHERE Id IN (SELECT AssigneeId FROM PermissionSetAssignment)', { api: 'data' }))).toBe(
      'none',
    );
    expect(code(() => org.query('SELECT Id, (SELECT Id FROM PermissionSetAssignments) FROM User', { api: 'data' }))).toBe('INVALID_TYPE');
  });
});
