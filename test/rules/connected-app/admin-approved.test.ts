import rule from '../../../src/rules/connected-app/admin-approved.js';
import { packageAbsent, unreadable } from '../../harness/fixtures.js';
import { ECA_ID, externalClientApp } from '../../harness/generations.js';
import { ruleTester } from '../../harness/rule-tester.js';
import { clean, ids, patchRow, withRecords } from '../../harness/snapshots.js';

const selfAuthorize = withRecords(clean(), { ConnectedApplication: patchRow(ids.app, { OptionsAllowAdminApprovedUsersOnly: false }) });

ruleTester(rule, {
  valid: [
    { name: 'clean sample', reason: 'admin-approved' },
    { name: 'the app name matches case-insensitively', settings: { connectedAppName: 'juston platform' } },
    {
      name: 'no connected app: newer releases use an integration user',
      snapshot: withRecords(clean(), { ConnectedApplication: [] }),
      status: 'not-applicable',
      reason: 'platform integration user',
    },
    {
      name: 'JustOn Platform as an External Client App, admin-approved',
      snapshot: externalClientApp(clean()),
      reason: "moved to an External Client App (the org has the External Client App 'JustOn Platform')",
    },
    {
      name: 'External Client App without an OAuth policy read',
      snapshot: withRecords(externalClientApp(clean()), { ExtlClntAppOauthPlcyCnfg: [] }),
      status: 'inconclusive',
      reason: 'No OAuth policy',
    },
    {
      name: 'External Client App policies unreadable',
      snapshot: unreadable(externalClientApp(clean()), 'records.ExtlClntAppOauthPlcyCnfg'),
      status: 'inconclusive',
    },
    {
      name: 'a connected app needs no External Client App data',
      snapshot: unreadable(unreadable(clean(), 'records.ExternalClientApplication'), 'records.ExtlClntAppOauthPlcyCnfg'),
    },
    { name: 'package absent', snapshot: packageAbsent(selfAuthorize), status: 'not-applicable' },
    { name: 'connected apps unreadable', snapshot: unreadable(selfAuthorize, 'records.ConnectedApplication'), status: 'inconclusive' },
  ],
  invalid: [
    {
      name: 'all users may self-authorize',
      snapshot: selfAuthorize,
      findings: [
        {
          messageId: 'selfAuthorize',
          resourceType: 'ConnectedApplication',
          resourceId: ids.app,
          resourceName: 'JustOn Platform',
          message: /lets all users self-authorize.*Platform not available, please contact customer support/,
          fix: { kind: 'manual' },
        },
      ],
    },
    {
      name: 'External Client App: all users may self-authorize',
      snapshot: externalClientApp(clean(), 'AllSelfAuthorized'),
      findings: [
        {
          messageId: 'ecaSelfAuthorize',
          resourceType: 'ExternalClientApplication',
          resourceId: ECA_ID,
          message: /External Client App 'JustOn Platform' lets all users self-authorize \(PermittedUsersPolicyType AllSelfAuthorized\)/,
          fix: { kind: 'manual' },
        },
      ],
    },
  ],
});
