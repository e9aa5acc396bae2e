import { describe, expect, it } from 'vitest';
import { Connection } from 'jsforce';
import { SAMPLE, emulator } from '../server/sample-emulator.js';

interface Attributed {
  attributes: { type: string; url: string };
  Profile?: { attributes: { type: string; url: string } };
}

/** A record's `attributes.url` names the version the request asked for (sample org built with 60.0). */
describe('attributes.url follows the version of the request path', () => {
  it.each(['58.0', '64.0'])('query, Tooling query, child rows and retrieve at v%s (real jsforce)', async (version) => {
    const emu = await emulator({ apiVersion: '64.0' });
    const conn = new Connection({ instanceUrl: emu.instanceUrl, accessToken: emu.accessToken, version });
    const [user] = (await conn.query<Attributed>(`SELECT Id, Profile.Name FROM User WHERE Id = '${SAMPLE.admin.id}'`)).records;
    expect(user!.attributes.url).toBe(`/services/data/v${version}/sobjects/User/${SAMPLE.admin.id}`);
    expect(user!.Profile!.attributes.url).toMatch(new RegExp(`^/services/data/v${version}/sobjects/Profile/`));
    const [tooling] = (await conn.tooling.query<Attributed>('SELECT Id FROM PermissionSet LIMIT 1')).records;
    expect(tooling!.attributes.url).toMatch(new RegExp(`^/services/data/v${version}/tooling/sobjects/PermissionSet/`));
    const retrieved = (await conn.sobject('User').retrieve(SAMPLE.admin.id)) as unknown as Attributed;
    expect(retrieved.attributes.url).toBe(`/services/data/v${version}/sobjects/User/${SAMPLE.admin.id}`);
  });
});
