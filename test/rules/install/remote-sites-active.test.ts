import rule from '../../../src/rules/install/remote-sites-active.js';
import { packageAbsent, unreadable } from '../../harness/fixtures.js';
import { ruleTester } from '../../harness/rule-tester.js';
import { addRows, clean, patchRow, withTooling } from '../../harness/snapshots.js';

const inactive = withTooling(clean(), { RemoteProxy: patchRow('0rp5g0000000001AAA', { IsActive: false }) });

ruleTester(rule, {
  valid: [
    { name: 'the ONB2 site is active', reason: 'All 1 ONB2 remote sites are active.' },
    {
      name: 'inactive sites of other namespaces do not matter',
      snapshot: withTooling(clean(), {
        RemoteProxy: addRows({
          Id: '0rp5g0000000002AAA',
          SiteName: 'Other',
          EndpointUrl: 'https://x.example',
          IsActive: false,
          NamespacePrefix: null,
        }),
      }),
    },
    { name: 'no ONB2 remote sites', snapshot: withTooling(clean(), { RemoteProxy: [] }), status: 'not-applicable' },
    { name: 'package absent', snapshot: packageAbsent(inactive), status: 'not-applicable' },
    { name: 'RemoteProxy unreadable', snapshot: unreadable(inactive, 'tooling.RemoteProxy'), status: 'inconclusive' },
  ],
  invalid: [
    {
      name: 'an inactive ONB2 site',
      snapshot: inactive,
      findings: [
        {
          messageId: 'inactive',
          resourceType: 'RemoteSiteSetting',
          resourceId: '0rp5g0000000001AAA',
          resourceName: 'ONB2__JustOnPlatform',
          message: "Remote site 'ONB2__JustOnPlatform' (https://platform.juston.example) is inactive.",
          fix: {
            kind: 'manual',
            steps: [
              'Setup > Security > Remote Site Settings.',
              'Click Edit next to ONB2__JustOnPlatform.',
              'Select Active and click Save.',
            ],
          },
        },
      ],
    },
  ],
});
