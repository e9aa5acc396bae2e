import rule from '../../../src/rules/connected-app/admin-approved.js';
import { packageAbsent, unreadable } from '../../harness/fixtures.js';
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
  ],
});
