import { defineObject } from '../define-object.js';
import { packageLicenseSource } from '../sources/package-license.js';

/** Read-only (31.0+). AllowedLicenses -1 = site licence. */
export const packageLicense = defineObject({
  name: 'PackageLicense',
  source: packageLicenseSource,
  keyPrefix: '050',
  fields: [
    'NamespacePrefix',
    ['Status', { picklistValues: ['Active', 'Expired', 'Free', 'Trial'] }],
    'AllowedLicenses',
    'UsedLicenses',
    'ExpirationDate',
    'IsAvailableForIntegrations',
    'IsProvisioned',
  ],
});
