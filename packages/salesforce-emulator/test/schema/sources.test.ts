import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { standardObjects } from '../../src/schema/index.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const unverifiedSection = readme.slice(readme.indexOf('## Where the facts come from'), readme.indexOf('## Tests'));

describe('where the schema comes from', () => {
  it('cites the reference page of every standard object', () => {
    for (const object of standardObjects) {
      expect(object.source, object.name).toMatch(/^(OBJ sforce_api_objects_|TOOL tooling_api_objects_)[a-z]+\.htm$/);
      expect(object.source!.toLowerCase(), object.name).toContain(`_${object.name.toLowerCase()}.htm`);
    }
  });

  it('serves a field no source confirms only when the object names it and the README lists it as [unverified]', () => {
    for (const object of standardObjects) {
      for (const name of object.unverifiedFields ?? []) {
        expect(
          object.fields.map((field) => field.name),
          object.name,
        ).toContain(name);
        expect(unverifiedSection, `${object.name}.${name}`).toContain(`${object.name}.${name}`);
      }
    }
  });

  it('serves no field that captured describes show does not exist', () => {
    const fields = standardObjects.flatMap((object) => object.fields.map((field) => `${object.name}.${field.name}`));
    expect(fields).not.toContain('UserPermissionAccess.PermissionsManagePackageLicenses');
    expect(fields).not.toContain('PermissionSet.PermissionsManagePackageLicenses');
  });
});
