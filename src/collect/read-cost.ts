import type { SnapshotKey } from '@juston-audit/org-snapshot';
import type { DataRead } from './plan.js';

type Growth = 'users' | 'permission sets';

/**
 * What a read's rows grow with, told by the data it fills: a row per user and their assignments and
 * licences, or a row per permission set (profiles' included) and their grants. Everything else is a
 * handful of rows whatever the org's size (the org, the app, the package's licences, groups).
 */
const GROWS_WITH: Partial<Record<SnapshotKey, Growth>> = {
  'records.User': 'users',
  'records.PermissionSetAssignment': 'users',
  'records.UserPackageLicense': 'users',
  'records.PermissionSet': 'permission sets',
  'records.Profile': 'permission sets',
  'records.ObjectPermissions': 'permission sets',
  'records.FieldPermissions': 'permission sets',
  'records.PermissionSetTabSetting': 'permission sets',
  'records.SetupEntityAccess': 'permission sets',
};

/**
 * The org's size is unknown until it is read, so the estimate assumes a mid-sized org [unverified]: 1,000
 * rows for a read that grows with users, 200 for one that grows with permission sets, 10 otherwise.
 */
const ASSUMED_ROWS: Record<Growth | 'fixed', number> = { users: 1000, 'permission sets': 200, fixed: 10 };

/**
 * Rows whose examining and returning cost about what one request costs on its own [unverified]: a one-row
 * query took 9–22 ms of database time (https://shubhamsonar.com/cost-of-soql/), a 100-row one 9 ms
 * (https://dfc-org-production.force.com/forums/ForumsMain?id=906F0000000AwTKIA0), so a request is worth a few
 * hundred rows.
 */
const ROWS_PER_REQUEST = 400;

/**
 * A read's server time in units of one small request, from the plan alone: a describe is one request; a
 * query is one request plus the rows it is expected to examine and return (about twice the rows it finds).
 */
export function estimatedCost(read: DataRead): number {
  if (read.kind === 'describe') return 1;
  const growth = read.fills.map((key) => GROWS_WITH[key]).find((g) => g !== undefined) ?? 'fixed';
  return 1 + (2 * ASSUMED_ROWS[growth]) / ROWS_PER_REQUEST;
}
