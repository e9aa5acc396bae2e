import rule from '../../../src/rules/org/salesforce-features.js';
import { unreadable } from '../../harness/fixtures.js';
import { beforeInstallation } from '../../harness/generations.js';
import { ruleTester } from '../../harness/rule-tester.js';
import { clean, modify } from '../../harness/snapshots.js';
import type { Snapshot } from '@juston-audit/org-snapshot';

const content = (changes: Record<string, unknown>, base = clean()) =>
  modify(base, (s) => {
    Object.assign(s.metadata.ContentSettings.Content, changes);
  });

/** Account's describe with or without the state and country code fields, and AddressSettings with one country. */
const picklists = (enabled: boolean, country = { active: true, visible: true }): Snapshot =>
  modify(clean(), (s) => {
    s.describe.Account = {
      name: 'Account',
      fields: [{ name: 'BillingCountry' }, ...(enabled ? [{ name: 'BillingCountryCode' }] : [])],
    } as Snapshot['describe'][string];
    s.metadata.AddressSettings = {
      Address: {
        fullName: 'Address',
        countriesAndStates: { countries: [{ isoCode: 'DE', label: 'Germany', integrationValue: 'Germany', ...country }] },
      },
    };
  });

const PICKLISTS = { stateAndCountryPicklists: true };

ruleTester(rule, {
  valid: [
    { name: 'Salesforce CRM Content and Content Deliveries enabled', reason: 'Enabled: Salesforce CRM Content, Content Deliveries.' },
    { name: 'a preparation step: checked before JustOn is installed', snapshot: beforeInstallation(clean()) },
    { name: 'State and Country Picklists enabled and configured', snapshot: picklists(true), options: PICKLISTS },
    {
      name: 'a further setting by name',
      snapshot: modify(clean(), (s) => {
        s.metadata.SecuritySettings = { Security: { fullName: 'Security', enableAdminLoginAsAnyUser: true } };
      }),
      options: { requiredSettings: ['Content.enableContent', 'Security.enableAdminLoginAsAnyUser'] },
    },
    {
      name: 'ContentSettings unreadable',
      snapshot: unreadable(clean(), 'metadata.ContentSettings', 'INSUFFICIENT_ACCESS: Modify Metadata required'),
      status: 'inconclusive',
      reason: 'Modify Metadata required',
    },
    {
      name: 'a further settings component that was not read',
      options: { requiredSettings: ['Security.enableAdminLoginAsAnyUser'] },
      status: 'inconclusive',
      reason: 'metadata.SecuritySettings.Security was not collected',
    },
    {
      name: "picklists required but Account's describe not read",
      options: PICKLISTS,
      snapshot: modify(picklists(true), (s) => {
        delete s.describe.Account;
      }),
      status: 'inconclusive',
      reason: "Account's describe was not read",
    },
  ],
  invalid: [
    {
      name: 'Content Deliveries off',
      snapshot: content({ enableContentDistribution: false }),
      findings: [
        {
          messageId: 'settingOff',
          resourceType: 'ContentSettings',
          resourceName: 'Content.enableContentDistribution',
          message: 'Content Deliveries is not enabled (ContentSettings Content.enableContentDistribution = false).',
          fix: {
            kind: 'metadata-update',
            metadataType: 'ContentSettings',
            fullName: 'Content',
            field: 'enableContentDistribution',
            before: false,
            after: true,
          },
        },
      ],
    },
    {
      name: 'both off before JustOn is installed, one of them unset',
      snapshot: modify(content({ enableContent: false }, beforeInstallation(clean())), (s) => {
        delete s.metadata.ContentSettings.Content.enableContentDistribution;
      }),
      findings: [
        { message: 'Salesforce CRM Content is not enabled (ContentSettings Content.enableContent = false).' },
        { data: { value: 'unset' }, fix: { before: null, after: true } },
      ],
    },
    {
      name: 'State and Country Picklists not enabled: manual steps',
      snapshot: picklists(false),
      options: PICKLISTS,
      findings: [
        {
          messageId: 'picklistsOff',
          resourceType: 'AddressSettings',
          message: 'State and Country/Territory Picklists are not enabled (Account has no BillingCountryCode field).',
          fix: { kind: 'manual' },
        },
      ],
    },
    {
      name: 'State and Country Picklists enabled without a visible country',
      snapshot: picklists(true, { active: true, visible: false }),
      options: PICKLISTS,
      findings: [{ messageId: 'picklistsNotConfigured' }],
    },
  ],
});
