import { SalesforceApiError } from '../../api-error.js';
import type { WriteContext, WriteRule } from '../dml/write-rule.js';
import type { Row } from '../row.js';

const isSiteLicense = (lic: Row) => lic.AllowedLicenses === -1;

/**
 * Seats: AllowedLicenses -1 is a site licence, where every user is licensed and per-user rows
 * mean nothing; the emulator refuses them so a fixer that tries is caught (the real answer is
 * [unverified]). Otherwise a new row needs a free seat: LICENSE_LIMIT_EXCEEDED [unverified wording].
 */
function beforeCreate(ctx: WriteContext, row: Row): void {
  const lic = ctx.find('PackageLicense', row.PackageLicenseId)!;
  if (isSiteLicense(lic)) {
    throw new SalesforceApiError(
      'FIELD_INTEGRITY_EXCEPTION',
      'This package is licensed for the whole organization; seats cannot be assigned to users.',
      400,
      ['PackageLicenseId'],
    );
  }
  if (Number(lic.UsedLicenses ?? 0) >= Number(lic.AllowedLicenses ?? 0)) {
    throw new SalesforceApiError('LICENSE_LIMIT_EXCEEDED', 'License Limit Exceeded');
  }
  const clash = ctx
    .children('UserPackageLicense', 'UserId', row.UserId as string)
    .find((r) => String(r.PackageLicenseId).slice(0, 15) === String(lic.Id).slice(0, 15));
  if (clash)
    throw new SalesforceApiError(
      'DUPLICATE_VALUE',
      `duplicate value found: <unknown> duplicates value on record with id: ${String(clash.Id)}`,
    );
}

/** Keeps PackageLicense.UsedLicenses equal to the number of seats taken. */
function adjustUsed(ctx: WriteContext, row: Row, delta: number): void {
  const lic = ctx.find('PackageLicense', row.PackageLicenseId);
  if (lic && !isSiteLicense(lic))
    ctx.systemSet('PackageLicense', lic.Id as string, { UsedLicenses: Number(lic.UsedLicenses ?? 0) + delta });
}

export const userPackageLicenseRule: WriteRule = {
  sobjects: ['UserPackageLicense'],
  beforeCreate,
  afterCreate: (ctx, row) => adjustUsed(ctx, row, 1),
  afterDelete: (ctx, row) => adjustUsed(ctx, row, -1),
};
