import { describe, expect, it } from 'vitest';
import { emulator } from '../server/sample-emulator.js';

// Versions 21.0–30.0 were retired in Summer '25; REST answers 410 GONE (knowledge article 000354473).
describe('API versions', () => {
  it('lists 31.0 (Summer ’14) up to the newest served version', async () => {
    const emu = await emulator({ apiVersion: '64.0' });
    const versions = (await (await fetch(`${emu.instanceUrl}/services/data`)).json()) as Array<{
      label: string;
      url: string;
      version: string;
    }>;
    expect(versions[0]).toEqual({ label: "Summer '14", url: '/services/data/v31.0', version: '31.0' });
    expect(versions.at(-1)).toEqual({ label: "Summer '25", url: '/services/data/v64.0', version: '64.0' });
    expect(versions).toHaveLength(64 - 31 + 1);
  });

  it('answers 410 for a retired version, 404 for one newer than the org, and serves 31.0', async () => {
    const emu = await emulator({ apiVersion: '64.0' });
    const get = (version: string) =>
      fetch(`${emu.instanceUrl}/services/data/v${version}/limits`, { headers: { Authorization: `Bearer ${emu.accessToken}` } });
    const retired = await get('30.0');
    expect(retired.status).toBe(410);
    expect(await retired.json()).toMatchObject([{ errorCode: 'GONE' }]);
    expect((await get('20.0')).status).toBe(410);
    expect((await get('65.0')).status).toBe(404);
    expect((await get('31.0')).status).toBe(200);
  });
});
