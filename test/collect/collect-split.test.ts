import { describe, expect, it } from 'vitest';
import { collect, COLLECTION_CALLS, plannedCallCount } from '../../src/collect/collect.js';
import { DEFAULT_COLLECT_OPTIONS } from '../../src/collect/collect-options.js';
import { isDataRead, planReads } from '../../src/collect/plan.js';
import { estimatedCost } from '../../src/collect/read-cost.js';
import { OrgClient } from '../../src/org/index.js';
import { loadSnapshot } from '../../src/snapshot/load-snapshot.js';
import { cleanUpAfterFile } from '../harness/cleanup.js';
import { serveOrg } from '../harness/emulated-org.js';

const served = await serveOrg(await loadSnapshot('samples/clean-org.json'));
cleanUpAfterFile(() => served.emulator.close());

const composites = (plan: string[]) => plan.filter((line) => line.startsWith('composite: ')).map((line) => line.slice(11).split(', '));
const USER_READS = ['licensedUsers', 'permissionSetUsers', 'userLicenses', 'adminUsers'];

describe('how the collector splits its reads into calls', () => {
  it('estimates from the plan: reads growing with users cost more than with permission sets, more than fixed ones', () => {
    const cost = Object.fromEntries(
      planReads(DEFAULT_COLLECT_OPTIONS)
        .filter(isDataRead)
        .map((read) => [read.id, estimatedCost(read)]),
    );
    expect(cost.licensedUsers).toBeGreaterThan(cost.fieldPermissions);
    expect(cost.fieldPermissions).toBeGreaterThan(cost.organization);
    expect(cost.describeTask).toBe(1);
  });

  it('spends its call budget: no two reads that grow with users in one call, the app and its grants together', async () => {
    const { stats } = await collect(served.client());
    expect(stats.apiCalls).toBe(COLLECTION_CALLS);
    const calls = composites(stats.plan);
    // Beside them: one Tooling composite request and the two Metadata reads.
    expect(calls).toHaveLength(COLLECTION_CALLS - 3);
    for (const call of calls) expect(call.filter((id) => USER_READS.includes(id)).length).toBeLessThanOrEqual(1);
    expect(calls.find((call) => call.includes('appAccess'))!.slice(0, 2)).toEqual(['connectedApps', 'appAccess']);
  });

  it('takes the fewest calls Salesforce allows with no budget, and stays within --max-api-calls', async () => {
    const fewest = await collect(served.client(), {}, { callBudget: 0 });
    expect(fewest.stats.apiCalls).toBe(plannedCallCount());
    expect(composites(fewest.stats.plan)).toHaveLength(4); // 18 queries, 5 to a request
    const capped = await collect(new OrgClient(served.connection(), { maxCalls: 7 }));
    expect(capped.stats.apiCalls).toBe(7);
    expect(capped.snapshot.unreadable).toBeUndefined();
  });
});
