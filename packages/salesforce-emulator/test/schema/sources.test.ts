import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { standardObjects } from '../../src/schema/index.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const unverifiedSection = readme.slice(readme.indexOf('## Where the facts come from'), readme.indexOf('## Tests'));
const SOURCED = ['type', 'filterable', 'createable', 'updateable', 'nillable'] as const;

describe('where the schema comes from', () => {
  it('cites, for every standard object, a describe capture (repository, path, commit) or a reference page with its API version', () => {
    for (const object of standardObjects) {
      const source = object.source!;
      expect(source?.object, object.name).toBe(object.name);
      expect(source.reference.page, object.name).toMatch(/^https:\/\/developer\.salesforce\.com\/docs\//);
      expect(source.reference.apiVersion, object.name).not.toBe('');
      if (source.describe) {
        expect(source.describe.repo, object.name).toMatch(/^[\w.-]+\/[\w.-]+$/);
        expect(source.describe.path, object.name).toMatch(new RegExp(`/${object.name}\\.json$`));
        expect(source.describe.commit, object.name).toMatch(/^[0-9a-f]{40}$/);
      }
    }
  });

  it('serves no field without a source, except those the object names as unverified and the README lists', () => {
    for (const object of standardObjects) {
      for (const field of object.fields) {
        if (object.unverifiedFields?.includes(field.name)) {
          expect(unverifiedSection, `${object.name}.${field.name}`).toContain(`${object.name}.${field.name}`);
        } else {
          expect(object.source!.fields[field.name], `${object.name}.${field.name} has no source`).toBeDefined();
        }
      }
    }
  });

  it("serves each field's type, filterable, createable, updateable, nillable and reference as its source gives them", () => {
    for (const object of standardObjects) {
      for (const field of object.fields.filter((f) => !object.unverifiedFields?.includes(f.name))) {
        const source = object.source!.fields[field.name]!;
        for (const property of SOURCED) expect(field[property], `${object.name}.${field.name}.${property}`).toBe(source[property]);
        expect(field.referenceTo, `${object.name}.${field.name}.referenceTo`).toEqual(source.referenceTo ?? []);
        expect(field.relationshipName, `${object.name}.${field.name}.relationshipName`).toBe(source.relationshipName ?? null);
      }
    }
  });

  it('lists in the README, as [unverified], every property the sources do not settle', () => {
    for (const object of standardObjects) {
      const unsettled = object.source!.unsettled;
      if (!unsettled) continue;
      const line = unverifiedSection.split('\n').find((l) => l.startsWith(`  - \`${object.name}\``));
      expect(line, `README line for ${object.name}`).toBeDefined();
      for (const property of unsettled.properties) expect(line, `${object.name} ${property}`).toContain(property);
      for (const name of unsettled.fields) {
        expect(object.source!.fields[name], `${object.name}.${name}`).toBeDefined();
        expect(line, `${object.name}.${name}`).toContain(name);
      }
    }
  });

  it('serves no field that captured describes show does not exist', () => {
    const fields = standardObjects.flatMap((object) => object.fields.map((field) => `${object.name}.${field.name}`));
    for (const gone of [
      'UserPermissionAccess.PermissionsManagePackageLicenses',
      'PermissionSet.PermissionsManagePackageLicenses',
      'PermissionSetAssignment.CreatedDate',
      'FieldPermissions.LastModifiedById',
      'PermissionSetTabSetting.CreatedById',
      'SetupEntityAccess.CreatedDate',
      'UserLicense.CreatedById',
      'PackageLicense.LastModifiedById',
    ]) {
      expect(fields).not.toContain(gone);
    }
  });
});
