import type { PackageState } from '../rules/shared/package.js';
import { keyedChanges } from './keyed-changes.js';
import type { DiffSection } from './types.js';

/** "2.106.0.1 (Winter 2026)", "not installed" or "unknown". */
function describePackage(pkg: PackageState): string {
  if (pkg.state === 'absent') return 'not installed';
  if (pkg.state === 'unknown') return 'unknown';
  if (!pkg.pkg?.version) return 'installed, version unknown';
  return `${pkg.pkg.version.join('.')}${pkg.pkg.versionName ? ` (${pkg.pkg.versionName})` : ''}`;
}

export const packageSection = (before: PackageState, after: PackageState): DiffSection => ({
  id: 'package',
  title: 'JustOn package',
  changes: keyedChanges(new Map([['version', describePackage(before)]]), new Map([['version', describePackage(after)]])),
});
