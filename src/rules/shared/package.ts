import type { SObjectRecord, Snapshot } from '@juston-audit/org-snapshot';
import { missingData } from './data.js';
import { records, toolingRecords } from './sobjects.js';

interface InstalledPackage {
  name: string;
  packageId: string;
  versionId: string | null;
  /** [major, minor, patch, build] when the version record was read. */
  version: number[] | null;
  versionName: string | null;
}

export type PackageState =
  { state: 'installed'; pkg: InstalledPackage | null } | { state: 'absent' } | { state: 'unknown'; reason: string };

const sameNs = (a: unknown, ns: string): boolean => typeof a === 'string' && a.toLowerCase() === ns.toLowerCase();
const nested = (row: SObjectRecord, rel: string): SObjectRecord | undefined =>
  row[rel] && typeof row[rel] === 'object' ? (row[rel] as SObjectRecord) : undefined;

/** Whether the package of namespace `ns` is installed, from Tooling InstalledSubscriberPackage. */
export function packageState(snapshot: Snapshot, ns: string): PackageState {
  const keys = ['tooling.InstalledSubscriberPackage', 'tooling.SubscriberPackage'] as const;
  const problem = keys.map((k) => missingData(snapshot, k)).find((p) => p !== null);
  if (problem) {
    // Fallback evidence that the package exists (it cannot prove absence).
    const hasLicence = records(snapshot, 'PackageLicense').some((l) => sameNs(l.NamespacePrefix, ns));
    const hasObject = Object.keys(snapshot.describe).some((n) => n.toLowerCase().startsWith(`${ns.toLowerCase()}__`));
    return hasLicence || hasObject ? { state: 'installed', pkg: null } : { state: 'unknown', reason: problem };
  }
  const packages = toolingRecords(snapshot, 'SubscriberPackage');
  for (const row of toolingRecords(snapshot, 'InstalledSubscriberPackage')) {
    const sp = nested(row, 'SubscriberPackage') ?? packages.find((p) => p.Id === row.SubscriberPackageId);
    if (!sp || !sameNs(sp.NamespacePrefix, ns)) continue;
    const versionId = (row.SubscriberPackageVersionId as string | undefined) ?? null;
    const v =
      nested(row, 'SubscriberPackageVersion') ?? toolingRecords(snapshot, 'SubscriberPackageVersion').find((r) => r.Id === versionId);
    const version = v ? (['MajorVersion', 'MinorVersion', 'PatchVersion', 'BuildNumber'] as const).map((f) => Number(v[f] ?? 0)) : null;
    return {
      state: 'installed',
      pkg: {
        name: String(sp.Name ?? ns),
        packageId: String(sp.Id ?? row.SubscriberPackageId),
        versionId,
        version,
        versionName: v ? String(v.Name ?? '') : null,
      },
    };
  }
  return { state: 'absent' };
}

/** Numeric comparison of dotted versions: negative when a < b. Missing parts count as 0. */
export function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
