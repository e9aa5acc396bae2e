import { createRule } from '../create-rule.js';
import { fail, pass } from '../outcome.js';

const FIELD = 'enableS1EncryptedStoragePref2';

export default createRule({
  meta: {
    id: 'session/browser-caching-disabled',
    title: 'Secure and persistent browser caching is disabled',
    description:
      "'Enable secure and persistent browser caching to improve performance' is off (MobileSettings.enableS1EncryptedStoragePref2 = false).",
    whyItMatters:
      'With persistent browser caching on, users may see stale JustOn pages and scripts after changes; the installation guide asks to clear the checkbox.',
    severity: 'warning',
    category: 'session',
    requires: ['metadata.MobileSettings.Mobile'],
    phase: 'preparation',
    messages: {
      enabled: 'Secure and persistent browser caching is enabled (MobileSettings.{{field}} = {{value}}); JustOn asks to disable it.',
    },
    fixable: 'safe',
    remediation: {
      text: "In the Caching section, clear 'Enable secure and persistent browser caching to improve performance' and click Save.",
      setupPath: 'Setup > Security > Session Settings > Caching',
    },
    docsUrl: 'https://docs.juston.com/en/jo_admin_install/',
  },
  defaultOptions: {},
  check(snapshot) {
    const mobile = snapshot.metadata.MobileSettings.Mobile;
    const value = mobile[FIELD];
    if (value === false) return pass('Persistent browser caching is disabled.');
    // Absent means the Salesforce default, which is true (enabled).
    const shown = value === undefined ? 'unset, default true' : String(value);
    return fail([
      {
        resource: { type: 'MobileSettings', name: 'Mobile' },
        messageId: 'enabled',
        data: { field: FIELD, value: shown },
        fix: {
          kind: 'metadata-update',
          metadataType: 'MobileSettings',
          fullName: 'Mobile',
          field: FIELD,
          before: value ?? null,
          after: false,
        },
      },
    ]);
  },
});
