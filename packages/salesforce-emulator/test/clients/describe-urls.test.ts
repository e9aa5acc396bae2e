import { describe, expect, it } from 'vitest';
import { Connection } from 'jsforce';
import { readFileSync } from 'node:fs';
import type { Snapshot } from '@juston-audit/org-snapshot';
import { createOrgData } from '../../src/create-org-data.js';
import { emulator } from '../server/sample-emulator.js';

// A describe answers with urls in the version of the request (REST API guide, dome_sobject_describe.htm),
// not the version the org was built with (60.0 for the sample).
describe('describe urls follow the version of the request path', () => {
  it.each(['58.0', '64.0'])('sObject describe, Tooling describe and the global describe at v%s (real jsforce)', async (version) => {
    const emu = await emulator({ apiVersion: '64.0' });
    const conn = new Connection({ instanceUrl: emu.instanceUrl, accessToken: emu.accessToken, version });
    const user = await conn.describe('User');
    expect(user.urls).toMatchObject({
      sobject: `/services/data/v${version}/sobjects/User`,
      describe: `/services/data/v${version}/sobjects/User/describe`,
      rowTemplate: `/services/data/v${version}/sobjects/User/{ID}`,
    });
    const balance = await conn.describe('ONB2__Balance__c'); // a describe captured in the snapshot
    expect(balance.urls.describe).toBe(`/services/data/v${version}/sobjects/ONB2__Balance__c/describe`);
    const tooling = await conn.tooling.describe('PermissionSet');
    expect(tooling.urls.sobject).toBe(`/services/data/v${version}/tooling/sobjects/PermissionSet`);
    const global = await conn.describeGlobal();
    expect(global.sobjects.find((s) => s.name === 'User')!.urls.describe).toBe(`/services/data/v${version}/sobjects/User/describe`);
  });

  it('the other urls of a describe captured in the snapshot (layouts, …) name the requested version too', async () => {
    const snapshot = JSON.parse(readFileSync(new URL('../../../../samples/clean-org.json', import.meta.url), 'utf8')) as Snapshot;
    const captured = '/services/data/v59.0/sobjects/ONB2__Balance__c';
    snapshot.describe.ONB2__Balance__c!.urls = {
      sobject: captured,
      layouts: `${captured}/describe/layouts`,
      uiDetailTemplate: 'https://x/{ID}',
    };
    const emu = await emulator({ apiVersion: '64.0', orgData: createOrgData(snapshot, { apiVersion: '60.0' }) });
    const conn = new Connection({ instanceUrl: emu.instanceUrl, accessToken: emu.accessToken, version: '62.0' });
    expect((await conn.describe('ONB2__Balance__c')).urls).toMatchObject({
      sobject: '/services/data/v62.0/sobjects/ONB2__Balance__c',
      layouts: '/services/data/v62.0/sobjects/ONB2__Balance__c/describe/layouts',
      uiDetailTemplate: 'https://x/{ID}',
    });
  });
});
