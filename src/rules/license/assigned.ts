import { createRule } from '../create-rule.js';
import { fromFindings, notApplicable, pass } from '../outcome.js';
import type { FindingDraft } from '../types.js';
import { JUSTON_USER_DATA, justOnUsers, userResource } from '../shared/juston-users.js';
import { records } from '../shared/sobjects.js';

export default createRule({
  meta: {
    id: 'license/assigned',
    title: 'Every JustOn user holds a JustOn licence',
    description:
      'Each JustOn user has a UserPackageLicense for the JustOn PackageLicense, unless the licence is site-wide (AllowedLicenses = -1).',
    whyItMatters: 'Users without a package licence cannot see or run any JustOn component, even with the right permission sets.',
    severity: 'error',
    category: 'license',
    requires: [...JUSTON_USER_DATA],
    messages: {
      unlicensed: "User '{{user}}' has no {{namespace}} package licence.",
    },
    fixable: 'safe',
    remediation: {
      text: 'Open Manage Licenses in the JustOn row, click Add Users and select the users (deactivating users frees licences).',
      setupPath: 'Setup > Apps > Packaging > Installed Packages > JustOn > Manage Licenses > Add Users',
    },
    docsUrl: 'https://docs.juston.com/en/jo_faq_license/',
  },
  defaultOptions: {},
  check(snapshot, _options, context) {
    const ns = context.namespace.toLowerCase();
    const licence = records(snapshot, 'PackageLicense').find((l) => l.NamespacePrefix?.toLowerCase() === ns);
    if (!licence) return notApplicable(`The ${context.namespace} package has no PackageLicense: it is not licence-managed.`);
    if (licence.AllowedLicenses === -1) return pass('The licence is site-wide: every user is licensed.');
    const holders = new Set(
      records(snapshot, 'UserPackageLicense')
        .filter((u) => u.PackageLicenseId === licence.Id)
        .map((u) => u.UserId),
    );
    const users = justOnUsers(snapshot, context);
    const seatsAvailable = Math.max(0, licence.AllowedLicenses - licence.UsedLicenses);
    const findings: FindingDraft<'unlicensed'>[] = users
      .filter(({ user }) => !holders.has(user.Id))
      .map(({ user }) => ({
        resource: userResource(user),
        messageId: 'unlicensed',
        data: { user: user.Username, namespace: context.namespace },
        fix: { kind: 'package-licence', userId: user.Id, packageLicenseId: licence.Id, seatsAvailable },
      }));
    const reason = findings.length ? `${findings.length} unlicensed, ${seatsAvailable} seats free.` : undefined;
    const outcome = fromFindings(findings, `All ${users.length} JustOn users hold a licence.`);
    return reason && outcome.status === 'fail' ? { ...outcome, reason } : outcome;
  },
});
