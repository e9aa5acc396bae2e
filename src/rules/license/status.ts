import { createRule } from '../create-rule.js';
import { fail, notApplicable, pass } from '../outcome.js';
import type { Severity } from '../types.js';
import { records } from '../shared/sobjects.js';

const DAY = 86_400_000;

export default createRule({
  meta: {
    id: 'license/status',
    title: 'The JustOn licence is valid',
    description:
      'The JustOn PackageLicense is Active or Free, not expired and not over-allocated; a Trial licence and expiry within the warning window are reported as warnings.',
    whyItMatters:
      'When the package licence expires or is over-allocated, users lose access to JustOn and invoice runs stop. A new installation starts on a 30-day trial.',
    severity: 'error',
    category: 'license',
    requires: ['records.PackageLicense'],
    messages: {
      problems: 'The {{namespace}} licence (status {{status}}, {{used}} of {{allowed}} seats used): {{problems}}.',
    },
    schema: {
      type: 'object',
      properties: { expiryWarningDays: { type: 'integer', minimum: 0 } },
      additionalProperties: false,
    },
    fixable: null,
    remediation: {
      text: 'Contact JustOn (support or sales) to buy, extend or enlarge the licence; remove licences from users who no longer need them.',
      setupPath: 'Setup > Apps > Packaging > Installed Packages > JustOn (Status, Expiration Date, Allowed Licenses)',
    },
    docsUrl: 'https://docs.juston.com/en/jo_faq_license/',
  },
  defaultOptions: { expiryWarningDays: 30 },
  check(snapshot, options, context) {
    const ns = context.namespace.toLowerCase();
    const licence = records(snapshot, 'PackageLicense').find((l) => l.NamespacePrefix?.toLowerCase() === ns);
    if (!licence) return notApplicable(`The ${context.namespace} package has no PackageLicense: it is not licence-managed.`);
    const problems: Array<[Severity, string]> = [];
    const expires = licence.ExpirationDate ? Date.parse(licence.ExpirationDate) : null;
    // Calendar days in UTC: a licence expiring tomorrow is "in 1 day" whatever the hour of the audit.
    const today = Date.parse(context.now.toISOString().slice(0, 10));
    const daysLeft = expires === null ? null : Math.round((expires - today) / DAY);
    if (licence.Status === 'Expired' || (daysLeft !== null && daysLeft < 0))
      problems.push(['error', `expired on ${licence.ExpirationDate ?? 'an unknown date'}`]);
    else if (!['Active', 'Free', 'Trial'].includes(licence.Status)) problems.push(['error', `unexpected status '${licence.Status}'`]);
    if (licence.Status === 'Trial') problems.push(['warning', 'it is a trial licence']);
    if (daysLeft !== null && daysLeft >= 0 && daysLeft <= options.expiryWarningDays) {
      problems.push(['warning', `it expires on ${licence.ExpirationDate} (${inDays(daysLeft)})`]);
    }
    if (licence.AllowedLicenses >= 0 && licence.UsedLicenses > licence.AllowedLicenses) {
      problems.push(['error', `${licence.UsedLicenses - licence.AllowedLicenses} more seats used than allowed`]);
    }
    const allowed = licence.AllowedLicenses === -1 ? 'site-wide' : String(licence.AllowedLicenses);
    if (problems.length === 0) return pass(`Licence ${licence.Status}, ${licence.UsedLicenses} of ${allowed} seats used.`);
    return fail([
      {
        resource: { type: 'PackageLicense', id: licence.Id, name: licence.NamespacePrefix },
        messageId: 'problems',
        severity: problems.some(([s]) => s === 'error') ? 'error' : 'warning',
        data: {
          namespace: licence.NamespacePrefix,
          status: licence.Status,
          used: licence.UsedLicenses,
          allowed,
          problems: problems.map(([, p]) => p).join('; '),
        },
      },
    ]);
  },
});

function inDays(days: number): string {
  if (days === 0) return 'today';
  return days === 1 ? 'in 1 day' : `in ${days} days`;
}
