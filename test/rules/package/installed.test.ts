import rule from '../../../src/rules/package/installed.js';
import { packageAbsent, unreadable } from '../../harness/fixtures.js';
import { ruleTester } from '../../harness/rule-tester.js';
import { clean, withTooling } from '../../harness/snapshots.js';

const nested = withTooling(clean(), {
  InstalledSubscriberPackage: [
    {
      Id: '0A35g0000000001AAA',
      SubscriberPackageId: '0335g0000000001AAA',
      SubscriberPackageVersionId: '04t5g0000000001AAA',
      SubscriberPackage: { NamespacePrefix: 'ONB2', Name: 'JustOn' },
      SubscriberPackageVersion: { Name: 'Winter 2026', MajorVersion: 2, MinorVersion: 106, PatchVersion: 0, BuildNumber: 1 },
    },
  ],
  SubscriberPackage: [],
  SubscriberPackageVersion: [],
});

ruleTester(rule, {
  valid: [
    { name: 'installed', reason: 'JustOn 2.106.0.1 is installed.' },
    { name: 'at the minimum version (numeric, not string comparison)', options: { minimumVersion: '2.55' } },
    { name: 'exactly the minimum version', options: { minimumVersion: '2.106.0.1' } },
    { name: 'relationship fields nested in the installed package row', snapshot: nested, options: { minimumVersion: '2.100' } },
    { name: 'Tooling unreadable', snapshot: unreadable(clean(), 'tooling.InstalledSubscriberPackage'), status: 'inconclusive' },
    {
      name: 'version record missing with a minimum configured',
      snapshot: withTooling(clean(), { SubscriberPackageVersion: [] }),
      options: { minimumVersion: '2.55' },
      status: 'inconclusive',
      reason: 'version could not be read',
    },
  ],
  invalid: [
    {
      name: 'not installed',
      snapshot: packageAbsent(clean()),
      findings: [
        {
          messageId: 'missing',
          resourceType: 'InstalledSubscriberPackage',
          resourceName: 'ONB2',
          message: 'The ONB2 package (JustOn Billing & Invoice Management) is not installed.',
        },
      ],
    },
    {
      name: 'only another namespace is installed',
      snapshot: withTooling(clean(), { SubscriberPackage: [{ Id: '0335g0000000001AAA', Name: 'Other', NamespacePrefix: 'XYZ' }] }),
      findings: [{ messageId: 'missing' }],
    },
    {
      name: 'below the minimum version',
      options: { minimumVersion: '2.107' },
      findings: [{ messageId: 'tooOld', message: 'JustOn 2.106.0.1 is installed; at least 2.107 is required.' }],
    },
  ],
});
