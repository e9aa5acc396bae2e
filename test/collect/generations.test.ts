import { describe, expect, it } from 'vitest';
import { collect } from '../../src/collect/collect.js';
import { collectOptionsFor } from '../../src/config/collect-options-from-config.js';
import type { AuditConfig } from '../../src/config/types.js';
import { evaluate } from '../../src/engine/index.js';
import type { Snapshot } from '@juston-audit/org-snapshot';
import { cleanUpAfterTest } from '../harness/cleanup.js';
import { serveOrg } from '../harness/emulated-org.js';
import { ECA_ID, externalClientApp, FLOW_ID, INTEGRATION_USERNAME, notReadyToInstall, platformGeneration } from '../harness/generations.js';
import { clean, modify } from '../harness/snapshots.js';

/** Collects the org over HTTP (real jsforce against the emulator) with the config's reads, then audits it. */
async function audit(org: Snapshot, config: AuditConfig = {}) {
  const served = await serveOrg(org);
  cleanUpAfterTest(() => served.emulator.close());
  const { snapshot, stats } = await collect(served.client(), collectOptionsFor(config));
  const result = evaluate(snapshot, config);
  const status = (id: string) => result.results.find((r) => r.ruleId === id)?.status;
  return { snapshot, stats, result, status };
}

const CONNECTED_APP_RULES = ['connected-app/admin-approved', 'connected-app/profiles-authorized', 'connected-app/users-authorized'];

describe('collecting what the integration generations and the preparation steps need', () => {
  it('the platform integration generation: the ONB2 flows, Flow Access of the administrators, the named integration user', async () => {
    const { snapshot, stats, result, status } = await audit(platformGeneration(clean()), { platformIntegrationUser: INTEGRATION_USERNAME });
    expect(snapshot.unreadable).toBeUndefined();
    expect(snapshot.tooling.FlowDefinition.map((f) => f.Id)).toEqual([FLOW_ID]);
    expect(snapshot.records.SetupEntityAccess.filter((r) => r.SetupEntityId === FLOW_ID)).toEqual([
      expect.objectContaining({ SetupEntityType: 'FlowDefinition' }),
    ]);
    expect(snapshot.records.User.map((u) => u.Username)).toContain(INTEGRATION_USERNAME);
    expect(status('platform/integration')).toBe('pass');
    for (const id of CONNECTED_APP_RULES) expect([id, status(id)]).toEqual([id, 'not-applicable']);
    expect(result.results.find((r) => r.ruleId === 'connected-app/admin-approved')?.reason).toContain('platform integration user');
    // The integration user is read by the same query as configured usernames: one more query, in the same wave.
    expect(stats.waves).toBe(1);
  });

  it('JustOn Platform as an External Client App: its policy and its access rows (by SetupEntityId, in the same request)', async () => {
    const { snapshot, status } = await audit(externalClientApp(clean()));
    expect(snapshot.unreadable).toBeUndefined();
    expect(snapshot.records.ExternalClientApplication.map((a) => a.Id)).toEqual([ECA_ID]);
    expect(snapshot.records.ExtlClntAppOauthPlcyCnfg[0].PermittedUsersPolicyType).toBe('AdminApprovedPreAuthorized');
    expect(snapshot.records.SetupEntityAccess.filter((r) => r.SetupEntityType === 'ExternalClientApplication')).toHaveLength(2);
    for (const id of CONNECTED_APP_RULES) expect([id, status(id)]).toEqual([id, 'pass']);
    expect(status('platform/integration')).toBe('not-applicable');
  });

  it('an org before installation: Ready to install JustOn is no, with the failing preparation steps', async () => {
    const { result } = await audit(notReadyToInstall(clean()));
    expect(result.readiness).toMatchObject({
      ready: false,
      failing: [{ ruleId: 'session/browser-caching-disabled' }, { ruleId: 'org/salesforce-features' }],
    });
  });

  it("State and Country Picklists, when asked for: Account's describe and AddressSettings (nested countries) over SOAP", async () => {
    const picklists = modify(clean(), (s) => {
      s.describe.Account = { name: 'Account', fields: [{ name: 'BillingCountryCode' }] } as Snapshot['describe'][string];
      s.metadata.AddressSettings = {
        Address: {
          fullName: 'Address',
          countriesAndStates: {
            countries: [
              { active: true, integrationValue: 'Germany', isoCode: 'DE', label: 'Germany', visible: true },
              { active: true, integrationValue: 'Austria', isoCode: 'AT', label: 'Austria', visible: false },
            ],
          },
        },
      };
    });
    const config: AuditConfig = { rules: { 'org/salesforce-features': { options: { stateAndCountryPicklists: true } } } };
    const { snapshot, status } = await audit(picklists, config);
    expect(snapshot.describe.Account?.fields.map((f) => f.name)).toContain('BillingCountryCode');
    const countries = (snapshot.metadata.AddressSettings.Address.countriesAndStates as { countries: Array<Record<string, unknown>> })
      .countries;
    expect(countries.map((c) => [c.isoCode, c.visible])).toEqual([
      ['DE', true],
      ['AT', false],
    ]);
    expect(status('org/salesforce-features')).toBe('pass');
  });

  it('reads no settings component for org/salesforce-features when the rule is off', async () => {
    const { snapshot, stats } = await audit(clean(), { rules: { 'org/salesforce-features': 'off' } });
    expect(snapshot.metadata.ContentSettings).toBeUndefined();
    expect(stats.plan).not.toContain('metadata read: ContentSettings Content');
  });
});
