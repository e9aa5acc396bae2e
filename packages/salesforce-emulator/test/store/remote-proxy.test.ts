import { describe, expect, it } from 'vitest';
import { cleanOrg, errorCodeOf, errorOf } from '../soql/org-fixture.js';

describe('Tooling RemoteProxy writes', () => {
  it('take only FullName and Metadata and derive the queryable columns', () => {
    const org = cleanOrg();
    const e = errorOf(() => org.create('RemoteProxy', { FullName: 'X', EndpointUrl: 'https://x.example' }, 'tooling'));
    expect([e.errorCode, e.message]).toEqual([
      'FIELD_INTEGRITY_EXCEPTION',
      'Only the Metadata and FullName fields may be specified on RemoteProxy',
    ]);
    const id = org.create(
      'RemoteProxy',
      { FullName: 'Acme', Metadata: { url: 'https://acme.example', isActive: true, disableProtocolSecurity: false } },
      'tooling',
    );
    org.update(
      'RemoteProxy',
      id,
      { Metadata: { url: 'https://acme.example', isActive: false, disableProtocolSecurity: false } },
      'tooling',
    );
    const [r] = org.query(`SELECT SiteName, EndpointUrl, IsActive, NamespacePrefix FROM RemoteProxy WHERE Id = '${id}'`, {
      api: 'tooling',
    }).records;
    expect(r).toMatchObject({ SiteName: 'Acme', EndpointUrl: 'https://acme.example', IsActive: false, NamespacePrefix: null });
    expect(errorCodeOf(() => org.create('RemoteProxy', { FullName: 'Y' }, 'data'))).toBe('NOT_FOUND');
  });

  it('refuses updates of managed remote sites', () => {
    const org = cleanOrg();
    expect(errorCodeOf(() => org.update('RemoteProxy', '0rp5g0000000001AAA', { Metadata: { isActive: false } }, 'tooling'))).toBe(
      'CANNOT_MODIFY_MANAGED_OBJECT',
    );
  });

  it('allows Metadata/FullName columns only in single-row results', () => {
    const org = cleanOrg();
    org.create('RemoteProxy', { FullName: 'Acme', Metadata: { url: 'https://acme.example', isActive: true } }, 'tooling');
    expect(errorOf(() => org.query('SELECT Id, Metadata FROM RemoteProxy', { api: 'tooling' })).message).toMatch(
      /no more than one row for retrieval\. Result size: 2$/,
    );
    expect(org.query("SELECT Metadata FROM RemoteProxy WHERE SiteName = 'Acme'", { api: 'tooling' }).records[0].Metadata).toMatchObject({
      isActive: true,
    });
  });
});
