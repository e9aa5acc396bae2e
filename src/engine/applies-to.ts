import { inconclusive, notApplicable } from '../rules/outcome.js';
import { compareVersions, type PackageState } from '../rules/shared/package.js';
import type { RuleOutcome, VersionRange } from '../rules/types.js';

const parse = (v: string): number[] => v.split('.').map(Number);

/** "JustOn 2.101 and later", "JustOn up to 2.98", "JustOn 2.55 to 2.98". */
export function rangeText(range: VersionRange): string {
  const { minVersion: min, maxVersion: max } = range;
  if (min && max) return `JustOn ${min} to ${max}`;
  return min ? `JustOn ${min} and later` : `JustOn up to ${max}`;
}

/**
 * Whether a rule that declares the JustOn versions it applies to runs on this org: null when it does (or
 * declares none); not-applicable, naming both versions, when the installed version lies outside the range;
 * inconclusive when the installed version could not be read (whether the rule applies is then unknown).
 */
export function versionGate(range: VersionRange | undefined, pkg: PackageState, namespace: string): RuleOutcome | null {
  if (!range || (!range.minVersion && !range.maxVersion) || pkg.state === 'absent') return null;
  const version = pkg.state === 'installed' ? pkg.pkg?.version : null;
  if (!version) return inconclusive(`This rule applies to ${rangeText(range)}; the installed ${namespace} version could not be read.`);
  const below = range.minVersion !== undefined && compareVersions(version, parse(range.minVersion)) < 0;
  // A maximum holds at the precision it is given: "2.106" includes 2.106.0.1.
  const max = range.maxVersion === undefined ? undefined : parse(range.maxVersion);
  const above = max !== undefined && compareVersions(version.slice(0, max.length), max) > 0;
  if (!below && !above) return null;
  return notApplicable(`This rule applies to ${rangeText(range)}; JustOn ${version.join('.')} is installed.`);
}
