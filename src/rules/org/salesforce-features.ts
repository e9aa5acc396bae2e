import type { DescribeResult, Snapshot } from '@juston-audit/org-snapshot';
import { createRule } from '../create-rule.js';
import { fail, inconclusive, pass } from '../outcome.js';
import { DEFAULT_REQUIRED_SETTINGS, SETTING_NAME_PATTERN, settingRef } from '../shared/required-settings.js';
import type { FindingDraft, RuleContext } from '../types.js';

type Msg = 'settingOff' | 'picklistsOff' | 'picklistsNotConfigured';

/** What the guide and JustOn's pages call the settings this rule knows. */
const FEATURE_LABEL: Record<string, string> = {
  'Content.enableContent': 'Salesforce CRM Content',
  'Content.enableContentDistribution': 'Content Deliveries',
};

// Enabling the picklists converts existing data and is done in Setup; the Metadata API only configures the
// values (Salesforce's "Configure State and Country Picklists", caf_dev_configure_picklists.htm).
const PICKLIST_STEPS = [
  'Setup > Data > State and Country/Territory Picklists.',
  'Configure the countries and states JustOn will use (Active and Visible), then scan the org and convert existing data.',
  'Click Enable Picklists for Address Fields.',
];

/** The state and country code fields appear on Account only with the picklists enabled ([community], [unverified]). */
const PICKLIST_FIELD = 'BillingCountryCode';

interface Country {
  active?: unknown;
  visible?: unknown;
}

const isTrue = (v: unknown) => v === true || v === 'true';

function visibleCountries(address: Record<string, unknown>): number {
  const list = (address.countriesAndStates as { countries?: Country | Country[] } | undefined)?.countries;
  return (Array.isArray(list) ? list : list ? [list] : []).filter((c) => isTrue(c.active) && isTrue(c.visible)).length;
}

/** The State and Country Picklists findings, or an inconclusive reason. */
function picklists(snapshot: Snapshot, context: RuleContext): FindingDraft<Msg>[] | string {
  context.require('describe.Account', 'metadata.AddressSettings.Address');
  const account: DescribeResult | undefined = snapshot.describe.Account;
  // Every org has Account: an absent describe means the audit did not read it.
  if (!account) return "Account's describe was not read, so whether State and Country Picklists are enabled is unknown.";
  const resource = { type: 'AddressSettings', name: 'Address' };
  if (!account.fields.some((f) => f.name === PICKLIST_FIELD)) {
    return [{ resource, messageId: 'picklistsOff', data: { field: PICKLIST_FIELD }, fix: { kind: 'manual', steps: [...PICKLIST_STEPS] } }];
  }
  if (visibleCountries(snapshot.metadata.AddressSettings.Address) === 0) {
    return [{ resource, messageId: 'picklistsNotConfigured', fix: { kind: 'manual', steps: [...PICKLIST_STEPS] } }];
  }
  return [];
}

export default createRule({
  meta: {
    id: 'org/salesforce-features',
    title: 'Salesforce features JustOn needs are enabled',
    description:
      "Salesforce CRM Content and Content Deliveries are enabled (Metadata API ContentSettings.enableContent and enableContentDistribution), and any further settings the config names; optionally State and Country/Territory Picklists are enabled (Account has BillingCountryCode) and configured (AddressSettings: a country that is active and visible). The guide's own list of \"Salesforce features to enable\" is empty in every public copy: the defaults come from JustOn's invoice distribution page, the picklists from its Configurator page, so both are configurable. Whether the picklists are enabled is read from Account's fields, which no Salesforce page states outright [unverified].",
    whyItMatters:
      "JustOn's invoice distribution asks for Salesforce CRM Content and Content Deliveries to be enabled; without them invoices cannot be distributed. JustOn Configurator packages need State and Country Picklists enabled and configured.",
    severity: 'error',
    category: 'org',
    phase: 'preparation',
    // ContentSettings is read whenever this rule is on; other settings components are required at run time.
    requires: ['metadata.ContentSettings.Content'],
    conditionallyRequires: ['describe.Account', 'metadata.AddressSettings.Address'],
    messages: {
      settingOff: '{{feature}} is not enabled ({{type}} {{setting}} = {{value}}).',
      picklistsOff: 'State and Country/Territory Picklists are not enabled (Account has no {{field}} field).',
      picklistsNotConfigured: 'State and Country/Territory Picklists have no country that is both active and visible (AddressSettings).',
    },
    schema: {
      type: 'object',
      properties: {
        requiredSettings: {
          type: 'array',
          description:
            "Settings that must be true, as '<Settings component>.<field>' (e.g. 'Content.enableContent'); replaces the default list.",
          items: { type: 'string', pattern: SETTING_NAME_PATTERN },
          uniqueItems: true,
        },
        stateAndCountryPicklists: {
          type: 'boolean',
          description: 'Also require State and Country/Territory Picklists (JustOn Configurator).',
        },
      },
      additionalProperties: false,
    },
    fixable: 'review',
    remediation: {
      text: "Enable Salesforce CRM Content (Setup > Salesforce CRM Content: 'Enable Salesforce CRM Content') and Content Deliveries (Setup > Content Deliveries and Public Links: 'Enable content deliveries'); with --fix --fix-type review the tool sets exactly these settings through the Metadata API.",
      setupPath: 'Setup > Feature Settings > Salesforce Files > Salesforce CRM Content / Content Deliveries and Public Links',
    },
    docsUrl: 'https://docs.juston.com/user/en/jo_user_invoice_dist',
  },
  defaultOptions: { requiredSettings: DEFAULT_REQUIRED_SETTINGS, stateAndCountryPicklists: false },
  check(snapshot, options, context) {
    const findings: FindingDraft<Msg>[] = [];
    const enabled: string[] = [];
    for (const ref of options.requiredSettings.map(settingRef)) {
      context.require(`metadata.${ref.type}.${ref.component}`);
      const value = snapshot.metadata[ref.type][ref.component][ref.field];
      const feature = FEATURE_LABEL[ref.name] ?? ref.name;
      if (value === true) {
        enabled.push(feature);
        continue;
      }
      findings.push({
        resource: { type: ref.type, name: ref.name },
        messageId: 'settingOff',
        data: { feature, type: ref.type, setting: ref.name, value: value === undefined ? 'unset' : String(value) },
        fix: {
          kind: 'metadata-update',
          metadataType: ref.type,
          fullName: ref.component,
          field: ref.field,
          before: value ?? null,
          after: true,
        },
      });
    }
    if (options.stateAndCountryPicklists) {
      const result = picklists(snapshot, context);
      if (typeof result === 'string') return findings.length ? fail(findings, result) : inconclusive(result);
      findings.push(...result);
      if (result.length === 0) enabled.push('State and Country/Territory Picklists');
    }
    if (findings.length) return fail(findings);
    return pass(enabled.length ? `Enabled: ${enabled.join(', ')}.` : 'No settings are required.');
  },
});
