import type { PlannedChange } from './types.js';

/** Write order: the new permission set, updates of existing rows, its rows, then assignments and licences; settings last. */
const RANK = [
  'PermissionSet',
  'ObjectPermissions',
  'FieldPermissions',
  'PermissionSetTabSetting',
  'SetupEntityAccess',
  'PermissionSetAssignment',
  'UserPackageLicense',
];

function writeRank(c: PlannedChange): number {
  if (c.operation === 'metadata.update') return RANK.length;
  if (c.operation === 'sobject.update') return 0.5;
  return RANK.indexOf(c.sobject);
}

/** The changes in the order they are written (stable within a rank). */
export const inWriteOrder = (changes: PlannedChange[]): PlannedChange[] =>
  changes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => writeRank(a.c) - writeRank(b.c) || a.i - b.i)
    .map(({ c }) => c);
