import { readFileSync } from 'node:fs';
import { createOrgData } from '../../src/create-org-data.js';
import type { OrgData } from '../../src/org-data.js';
import { SalesforceApiError } from '../../src/api-error.js';
import { emptySnapshot, type Snapshot } from '@juston-audit/org-snapshot';

export const cleanSnapshot = (): Snapshot =>
  JSON.parse(readFileSync(new URL('../../../../samples/clean-org.json', import.meta.url), 'utf8')) as Snapshot;

export const cleanOrg = (): OrgData => createOrgData(cleanSnapshot());

/** A small org from hand-built data-API records. */
export function orgWith(records: Snapshot['records']): OrgData {
  return createOrgData({ ...emptySnapshot('2026-01-01T00:00:00.000Z'), records });
}

/** The errorCode a call fails with, or 'none'. */
export function errorCodeOf(fn: () => unknown): string {
  try {
    fn();
    return 'none';
  } catch (err) {
    if (err instanceof SalesforceApiError) return err.errorCode;
    throw err;
  }
}

export function errorOf(fn: () => unknown): SalesforceApiError {
  try {
    fn();
  } catch (err) {
    if (err instanceof SalesforceApiError) return err;
    throw err;
  }
  throw new Error('expected a SalesforceApiError');
}
