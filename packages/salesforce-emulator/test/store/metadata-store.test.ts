import { describe, expect, it } from 'vitest';
import { cleanOrg } from '../soql/org-fixture.js';

describe('metadata', () => {
  it('updateMetadata merges only the given fields', () => {
    const org = cleanOrg();
    expect(org.updateMetadata('MobileSettings', [{ fullName: 'Mobile', enableS1EncryptedStoragePref2: true, extra: 1 }])).toEqual([
      { fullName: 'Mobile', success: true, errors: [] },
    ]);
    expect(org.readMetadata('MobileSettings', ['Mobile'])).toEqual([{ fullName: 'Mobile', enableS1EncryptedStoragePref2: true, extra: 1 }]);
    expect(org.toSnapshot().metadata.MobileSettings.Mobile.enableS1EncryptedStoragePref2).toBe(true);
  });

  it('an unknown full name fails with INVALID_CROSS_REFERENCE_KEY', () => {
    const [r] = cleanOrg().updateMetadata('SecuritySettings', [{ fullName: 'Security', x: 1 }]);
    expect(r).toEqual({
      fullName: 'Security',
      success: false,
      errors: [{ statusCode: 'INVALID_CROSS_REFERENCE_KEY', message: 'In field: fullName - no SecuritySettings named Security found' }],
    });
  });
});
