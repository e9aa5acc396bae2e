import { afterEach, describe, expect, it } from 'vitest';
import { parseLimitInfo } from '../../src/org/api-usage.js';
import { clean } from '../harness/snapshots.js';
import { serveOrg } from '../harness/emulated-org.js';

const running: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.close()));
});

describe('OrgClient', () => {
  it('keeps the API usage the org reports in Sforce-Limit-Info', async () => {
    const served = await serveOrg(clean(), { dailyApiLimit: 15000 });
    running.push(served.emulator);
    const client = served.client();
    await client.get(`/query?q=${encodeURIComponent('SELECT Id FROM Organization')}`);
    expect(client.apiUsage).toEqual({ used: 1, max: 15000 });
    expect([client.apiCalls, client.reads, client.writes]).toEqual([1, 1, 0]);
  });

  it('parses the header, ignoring what it does not know', () => {
    expect(parseLimitInfo('api-usage=25/15000')).toEqual({ used: 25, max: 15000 });
    expect(parseLimitInfo('per-app-api-usage=2/50(appName=x), api-usage=7/100')).toEqual({ used: 7, max: 100 });
    expect(parseLimitInfo(undefined)).toBeUndefined();
  });
});
