import rule from '../../../src/rules/org/edition-supported.js';
import { packageAbsent, unreadable } from '../../harness/fixtures.js';
import { ruleTester } from '../../harness/rule-tester.js';
import { clean, ids, patchRow, withRecords } from '../../harness/snapshots.js';

const edition = (OrganizationType: string) => withRecords(clean(), { Organization: patchRow(ids.org, { OrganizationType }) });

ruleTester(rule, {
  valid: [
    { name: 'Enterprise Edition', reason: "'Enterprise Edition' is supported" },
    { name: 'Developer Edition', snapshot: edition('Developer Edition') },
    {
      name: 'Professional Edition when configured',
      snapshot: edition('Professional Edition'),
      options: { editions: ['Professional Edition'] },
    },
    { name: 'applies without the package too', snapshot: packageAbsent(clean()) },
    { name: 'Organization unreadable', snapshot: unreadable(clean(), 'records.Organization'), status: 'inconclusive' },
    { name: 'no Organization row', snapshot: withRecords(clean(), { Organization: [] }), status: 'inconclusive' },
  ],
  invalid: [
    {
      name: 'Professional Edition',
      snapshot: edition('Professional Edition'),
      findings: [
        {
          messageId: 'unsupported',
          resourceType: 'Organization',
          resourceId: ids.org,
          resourceName: 'Acme Billing GmbH',
          message:
            "The org edition 'Professional Edition' is not supported by JustOn (supported: Enterprise Edition, Unlimited Edition, Performance Edition, Developer Edition).",
        },
      ],
    },
  ],
});
