import rule from '../../../src/rules/session/browser-caching-disabled.js';
import { packageAbsent, unreadable } from '../../harness/fixtures.js';
import { ruleTester } from '../../harness/rule-tester.js';
import { clean, modify } from '../../harness/snapshots.js';

const caching = (value: unknown) =>
  modify(clean(), (s) => {
    if (value === undefined) delete s.metadata.MobileSettings.Mobile.enableS1EncryptedStoragePref2;
    else s.metadata.MobileSettings.Mobile.enableS1EncryptedStoragePref2 = value;
  });

ruleTester(rule, {
  valid: [
    { name: 'caching disabled' },
    { name: 'a preparation step: checked before JustOn is installed', snapshot: packageAbsent(caching(false)) },
    {
      name: 'metadata unreadable',
      snapshot: unreadable(clean(), 'metadata.MobileSettings', 'INSUFFICIENT_ACCESS: Modify Metadata required'),
      status: 'inconclusive',
      reason: 'Modify Metadata required',
    },
    {
      name: 'MobileSettings not collected',
      snapshot: modify(clean(), (s) => {
        delete s.metadata.MobileSettings;
      }),
      status: 'inconclusive',
      reason: 'was not collected',
    },
  ],
  invalid: [
    {
      name: 'caching enabled',
      snapshot: caching(true),
      findings: [
        {
          messageId: 'enabled',
          resourceType: 'MobileSettings',
          resourceName: 'Mobile',
          message:
            'Secure and persistent browser caching is enabled (MobileSettings.enableS1EncryptedStoragePref2 = true); JustOn asks to disable it.',
          fix: {
            kind: 'metadata-update',
            metadataType: 'MobileSettings',
            fullName: 'Mobile',
            field: 'enableS1EncryptedStoragePref2',
            before: true,
            after: false,
          },
        },
      ],
    },
    {
      name: 'caching enabled before JustOn is installed',
      snapshot: packageAbsent(caching(true)),
      findings: [{ messageId: 'enabled', data: { value: 'true' } }],
    },
    {
      name: 'field absent means the default, which is enabled',
      snapshot: caching(undefined),
      findings: [{ data: { value: 'unset, default true' }, fix: { before: null } }],
    },
  ],
});
