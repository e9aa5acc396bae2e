import { afterEach, describe, expect, it, vi } from 'vitest';
import { assessPreflight } from '../../src/preflight/assess.js';
import { checkBudget } from '../../src/preflight/budget.js';
import { runPreflight } from '../../src/preflight/run-preflight.js';
import { USER_PERMISSION_FIELDS } from '../../src/preflight/user-permissions.js';
import { CollectError } from '../../src/errors.js';
import { loadSnapshot } from '../../src/snapshot/load-snapshot.js';
import { collect } from '../../src/collect/collect.js';
import { OrgClient } from '../../src/org/index.js';
import { generateOrg } from '@juston-audit/salesforce-emulator';
import { serveOrg } from '../harness/emulated-org.js';

const clean = await loadSnapshot('samples/clean-org.json');
const running: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.close()));
});

const allBut = (...missing: string[]) => Object.fromEntries(USER_PERMISSION_FIELDS.map((field) => [field, !missing.includes(field)]));

describe('runPreflight', () => {
  it('reads the API budget and the running user permissions in one API call', async () => {
    const served = await serveOrg(clean, { dailyApiLimit: 15000 });
    running.push(served.emulator);
    const client = served.client();
    const preflight = await runPreflight(client);
    expect(client.apiCalls).toBe(1);
    expect(preflight.budget).toEqual({ used: 1, max: 15000, remaining: 14999 });
    expect(preflight.permissions).toEqual({ ...allBut(), CreateUserPackageLicense: true });
    expect(assessPreflight(preflight)).toEqual({ blind: [], unfixable: [] });
  });

  it('selects no undocumented permission field and reads licence assignment from the describe of UserPackageLicense', async () => {
    const served = await serveOrg(clean);
    running.push(served.emulator);
    const client = served.client();
    const post = vi.spyOn(client, 'post');
    await runPreflight(client);
    expect(client.apiCalls).toBe(1);
    const sent = JSON.stringify(post.mock.calls[0][1]);
    expect(sent).not.toMatch(/ManagePackageLicenses/);
    expect(sent).toMatch(/sobjects\/UserPackageLicense\/describe/);
    // The budget comes from the Sforce-Limit-Info header: /limits is not a documented composite subrequest.
    expect(sent).not.toMatch(/\/limits/);
  });

  it('on INVALID_FIELD retries once with the fields the org describes, says what it could not check and warns of no gap it did not see', async () => {
    const served = await serveOrg(clean, { strict: { rejectFields: ['UserPermissionAccess.PermissionsModifyMetadata'] } });
    running.push(served.emulator);
    const client = served.client();
    const preflight = await runPreflight(client);
    expect(client.apiCalls).toBe(2);
    expect(preflight.permissions).toEqual({ ...allBut(), PermissionsModifyMetadata: undefined, CreateUserPackageLicense: true });
    expect(preflight.problems).toEqual([
      "running user permissions: this org's UserPermissionAccess has no PermissionsModifyMetadata; not checked",
    ]);
    expect(assessPreflight(preflight)).toEqual({ blind: [], unfixable: [] });
  });

  it('names the rules a user without View Setup cannot check and the repairs they cannot make', async () => {
    const org = structuredClone(clean);
    org.records.UserPermissionAccess = [{ Id: '0up000000000001AAA', ...allBut('PermissionsViewSetup', 'PermissionsModifyAllData') }];
    const served = await serveOrg(org);
    running.push(served.emulator);
    const { blind, unfixable } = assessPreflight(await runPreflight(served.client()));
    expect(blind.flatMap((gap) => gap.rules)).toContain('access/balance-fields');
    expect(blind.flatMap((gap) => gap.rules)).not.toContain('session/browser-caching-disabled');
    expect(blind[0].missing).toEqual(['View Setup and Configuration']);
    expect(unfixable.map((gap) => gap.rules[0])).toEqual(['connected-app/profiles-authorized', 'license/assigned']);
  });
});

describe('checkBudget', () => {
  const preflight = { permissions: null, problems: [], budget: { used: 96000, max: 100000, remaining: 4000 } };
  it('refuses to start below the floor of the daily allowance', () => {
    expect(() => checkBudget(preflight, 7, { minApiRemainingPercent: 5 })).toThrow(CollectError);
    expect(() => checkBudget(preflight, 7, { minApiRemainingPercent: 5 })).toThrow(/4000 of 100000 daily API requests are left \(4\.0%/);
    expect(() => checkBudget(preflight, 7, { minApiRemainingPercent: 3 })).not.toThrow();
  });

  it('refuses a run that needs more calls than the cap, and runs when the budget is unknown', () => {
    expect(() => checkBudget({ ...preflight, budget: null }, 7, { minApiRemainingPercent: 5, maxApiCalls: 6 })).toThrow(
      /at least 7 API calls, more than --max-api-calls 6/,
    );
    expect(() => checkBudget({ ...preflight, budget: null }, 7, { minApiRemainingPercent: 5, maxApiCalls: 7 })).not.toThrow();
  });
});

describe('--max-api-calls during a run', () => {
  it('stops a collection whose pagination would go over the cap, with a CollectError', async () => {
    const served = await serveOrg(generateOrg(clean, { justOnUsers: 600 }), { pageSize: 200 });
    running.push(served.emulator);
    const capped = new OrgClient(served.connection(), { maxCalls: 8 });
    await expect(collect(capped)).rejects.toThrow(/stopped after 8 API calls: the run would need more than --max-api-calls 8/);
    expect(capped.apiCalls).toBe(8);
    expect(served.emulator.stats.apiCalls).toBeLessThanOrEqual(8);
    const uncapped = new OrgClient(served.connection(), { maxCalls: 100 });
    await expect(collect(uncapped)).resolves.toBeDefined();
  });
});
