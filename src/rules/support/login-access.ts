import { createRule } from '../create-rule.js';
import { manual, pass } from '../outcome.js';
import { records } from '../shared/sobjects.js';

const STEPS = [
  'Log in as a system administrator.',
  'Lightning: avatar > Settings > Grant Account Login Access (Classic: My Settings > Personal > Grant Account Login Access).',
  "In the row 'JustOn GmbH Support' choose a duration (1 month is usually a good choice) and click Save.",
  'Record the attestation (by, date, expires) under attestations["support/login-access"] in juston-audit.config.json.',
];

export default createRule({
  meta: {
    id: 'support/login-access',
    title: 'Login access granted to JustOn Support',
    description:
      'A system administrator granted login access to JustOn Support. No API shows this, so it needs a dated attestation in the config.',
    whyItMatters: 'JustOn Support can only help with installation and configuration problems when it can log in to the org.',
    severity: 'note',
    category: 'support',
    requires: [],
    messages: {
      confirm: 'Confirm that login access has been granted to JustOn Support{{expired}}.',
    },
    fixable: null,
    remediation: {
      text: "Grant Account Login Access to 'JustOn GmbH Support', then record an attestation in the config.",
      setupPath: 'Avatar > Settings > My Personal Information > Grant Account Login Access',
      steps: STEPS,
    },
    docsUrl: 'https://docs.juston.com/en/jo_faq_support_login/',
    attestable: true,
  },
  defaultOptions: {},
  check(snapshot, _options, context) {
    const a = context.attestation;
    if (a && Date.parse(a.date) <= context.now.getTime() && context.now.getTime() < Date.parse(a.expires)) {
      return pass(`Attested by ${a.by} on ${a.date} (valid until ${a.expires}).`);
    }
    const org = records(snapshot, 'Organization')[0];
    const expired = a
      ? ` (the attestation by ${a.by} ${Date.parse(a.expires) <= context.now.getTime() ? `expired on ${a.expires}` : `is dated ${a.date}, after the audit`})`
      : '';
    return manual(a ? `No API shows this; the attestation is not valid now${expired}.` : 'No API shows this; a person must confirm it.', [
      {
        resource: { type: 'Organization', ...(org ? { id: org.Id } : {}), name: org?.Name ?? 'org' },
        messageId: 'confirm',
        data: { expired },
      },
    ]);
  },
});
