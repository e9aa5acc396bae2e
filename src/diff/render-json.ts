import { changeCount, type OrgDiff } from './types.js';

/** The diff as JSON: the org, both sides, the number of changes and every section (also the empty ones). */
export const renderJson = (diff: OrgDiff): string =>
  `${JSON.stringify({ format: 'juston-audit.diff/v1', ...diff, changes: changeCount(diff) }, null, 2)}\n`;
