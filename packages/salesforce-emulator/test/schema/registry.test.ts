import { describe, expect, it } from 'vitest';
import { standardObjects } from '../../src/schema/index.js';
import { cleanOrg } from '../soql/org-fixture.js';

const byName = new Map(standardObjects.map((o) => [o.name, o]));
const field = (obj: string, f: string) => byName.get(obj)!.fields.find((x) => x.name === f)!;

describe('standard object registry', () => {
  it('has unique names and key prefixes, and every reference/child relationship resolves', () => {
    expect(new Set(standardObjects.map((o) => o.name)).size).toBe(standardObjects.length);
    expect(new Set(standardObjects.map((o) => o.keyPrefix)).size).toBe(standardObjects.length);
    for (const o of standardObjects) {
      expect(new Set(o.fields.map((f) => f.name)).size, o.name).toBe(o.fields.length);
      for (const c of o.childRelationships) {
        const child = byName.get(c.childSObject);
        expect(child, `${o.name}.${c.relationshipName}`).toBeDefined();
        expect(child!.fields.find((f) => f.name === c.field)?.referenceTo).toContain(o.name);
      }
      for (const f of o.fields.filter((x) => x.type === 'reference' && x.relationshipName)) {
        expect(f.referenceTo.length, `${o.name}.${f.name}`).toBeGreaterThan(0);
      }
    }
  });

  it('honours the documented facts', () => {
    expect(field('SetupEntityAccess', 'SetupEntityType').createable).toBe(false);
    expect(byName.get('SetupEntityAccess')!.updateable).toBe(false);
    for (const ro of ['ConnectedApplication', 'PackageLicense', 'Organization', 'Profile']) {
      expect([byName.get(ro)!.createable, byName.get(ro)!.updateable, byName.get(ro)!.deletable]).toEqual([false, false, false]);
    }
    expect([field('PermissionSetTabSetting', 'ParentId').updateable, field('PermissionSetTabSetting', 'Name').updateable]).toEqual([
      false,
      false,
    ]);
    const psa = byName.get('PermissionSetAssignment')!;
    expect(psa.fields.filter((f) => f.updateable).map((f) => f.name)).toEqual(['ExpirationDate', 'IsRevoked']);
    expect(field('SubscriberPackage', 'NamespacePrefix').filterable).toBe(false);
    expect(byName.get('SubscriberPackage')!.apis).toEqual(['tooling']);
    expect(byName.get('User')!.childRelationships.map((c) => c.relationshipName)).toContain('PermissionSetAssignments');
    expect(
      byName.get('PermissionSet')!.childRelationships.find((c) => c.childSObject === 'PermissionSetAssignment')?.relationshipName,
    ).toBe('Assignments');
  });
});

describe('describe()', () => {
  const org = cleanOrg();

  it('builds a describe for standard objects', () => {
    const d = org.describe('permissionset', 'data');
    expect(d).toMatchObject({ name: 'PermissionSet', keyPrefix: '0PS', createable: true, queryable: true, deletable: true });
    const f = (n: string) => d.fields.find((x) => x.name === n)!;
    expect(f('Id')).toMatchObject({ type: 'id', permissionable: false, createable: false });
    expect(f('CreatedDate').permissionable).toBe(false);
    expect(f('ProfileId')).toMatchObject({ type: 'reference', referenceTo: ['Profile'], relationshipName: 'Profile', createable: false });
    expect(f('Name').permissionable).toBe(false);
    expect(f('Description').permissionable).toBe(true);
    expect(d.childRelationships).toContainEqual(
      expect.objectContaining({ childSObject: 'PermissionSetAssignment', field: 'PermissionSetId', relationshipName: 'Assignments' }),
    );
  });

  it('returns snapshot describes as stored, and 404 NOT_FOUND for unknown or wrong-surface objects', () => {
    expect(org.describe('Task', 'data')).toEqual(JSON.parse(JSON.stringify(org.toSnapshot().describe.Task)));
    expect(() => org.describe('Nope__c', 'data')).toThrow(expect.objectContaining({ errorCode: 'NOT_FOUND', status: 404 }));
    expect(() => org.describe('RemoteProxy', 'data')).toThrow(expect.objectContaining({ status: 404 }));
  });

  it('lists sObjects per surface', () => {
    expect(org.listSObjects('tooling')).toEqual(expect.arrayContaining(['InstalledSubscriberPackage', 'RemoteProxy', 'PermissionSet']));
    expect(org.listSObjects('data')).toEqual(expect.arrayContaining(['ONB2__Balance__c', 'Task', 'User']));
    expect(org.listSObjects('data')).not.toContain('RemoteProxy');
  });
});
