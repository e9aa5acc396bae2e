import { describe, expect, it } from 'vitest';
import { SAMPLE, emulator } from '../server/sample-emulator.js';

const URL_KEYS = [
  'enterprise',
  'metadata',
  'partner',
  'rest',
  'sobjects',
  'search',
  'query',
  'recent',
  'tooling_soap',
  'tooling_rest',
  'profile',
  'feeds',
  'groups',
  'users',
  'feed_items',
  'feed_elements',
  'custom_domain',
];

describe('GET /services/oauth2/userinfo (OpenID Connect UserInfo, as the Salesforce CLI calls it)', () => {
  it("answers the token's user in the UserInfo shape, with {version} placeholders in urls", async () => {
    const emu = await emulator();
    const res = await fetch(`${emu.instanceUrl}/services/oauth2/userinfo`, { headers: { Authorization: `Bearer ${emu.accessToken}` } });
    expect(res.status).toBe(200);
    const info = (await res.json()) as Record<string, unknown> & { urls: Record<string, string> };
    expect(info).toMatchObject({
      sub: `${emu.instanceUrl}/id/${SAMPLE.orgId}/${SAMPLE.admin.id}`,
      user_id: SAMPLE.admin.id,
      organization_id: SAMPLE.orgId,
      preferred_username: SAMPLE.admin.username,
      nickname: 'admin',
      email_verified: true,
      active: true,
      user_type: 'STANDARD',
      language: 'en_US',
      locale: 'en_US',
      is_app_installed: true,
    });
    for (const key of ['name', 'email', 'given_name', 'family_name', 'zoneinfo', 'updated_at'])
      expect(info[key]).toEqual(expect.any(String));
    expect(info.utcOffset).toEqual(expect.any(Number));
    expect(Object.keys(info.urls).sort()).toEqual([...URL_KEYS].sort());
    expect(info.urls.rest).toBe(`${emu.instanceUrl}/services/data/v{version}/`);
    expect(info.urls.feed_elements).toBe(`${emu.instanceUrl}/services/data/v{version}/chatter/feed-elements`);
    expect(info.urls.metadata).toBe(`${emu.instanceUrl}/services/Soap/m/{version}/${SAMPLE.orgId.slice(0, 15)}`);
    // the identity URL carries the same urls
    const id = (await (await fetch(info.sub as string, { headers: { Authorization: `Bearer ${emu.accessToken}` } })).json()) as {
      urls: unknown;
    };
    expect(id.urls).toEqual(info.urls);
  });

  it('refuses a missing or unknown token with 403, and is not counted as an API call', async () => {
    const emu = await emulator();
    const missing = await fetch(`${emu.instanceUrl}/services/oauth2/userinfo`);
    expect([missing.status, await missing.text()]).toEqual([403, 'Missing_OAuth_Token']);
    const bad = await fetch(`${emu.instanceUrl}/services/oauth2/userinfo`, { headers: { Authorization: 'Bearer nope' } });
    expect([bad.status, await bad.text()]).toEqual([403, 'Bad_OAuth_Token']);
    expect(emu.stats.apiCalls).toBe(0);
  });
});
