import type { Snapshot, SnapshotKey } from '@juston-audit/org-snapshot';

/** Thrown (through `context.require`) when a rule needs data that is unreadable or was not collected. */
export class MissingDataError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'MissingDataError';
  }
}

/** In `meta.requires`, stands for the configured package namespace: `describe.{namespace}__Balance__c`. */
export const NAMESPACE = '{namespace}';

/** The keys with the configured namespace filled in. */
export function inNamespace(keys: readonly SnapshotKey[], namespace: string): SnapshotKey[] {
  return keys.map((key) => key.replaceAll(NAMESPACE, namespace) as SnapshotKey);
}

/** Whether two keys name the same data or one lies inside the other (`metadata.MobileSettings.Mobile`). */
export const related = (a: string, b: string): boolean => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/**
 * Why `key` cannot be used, or null when it can. `describe.*` keys are only missing when unreadable:
 * an absent describe means the sObject does not exist in the org.
 */
export function missingData(snapshot: Snapshot, key: SnapshotKey): string | null {
  const unreadable = Object.entries(snapshot.unreadable ?? {}).find(([k]) => related(k, key));
  if (unreadable) return `${key} could not be read (${unreadable[1]})`;
  const [area, ...rest] = key.split('.');
  if (area === 'describe') return null;
  let node: unknown = snapshot[area as 'records' | 'tooling' | 'metadata'];
  for (const part of area === 'metadata' ? rest : [rest.join('.')]) {
    if (node === null || typeof node !== 'object' || !(part in node)) return `${key} was not collected`;
    node = (node as Record<string, unknown>)[part];
  }
  return null;
}

export function missingAll(snapshot: Snapshot, keys: readonly SnapshotKey[]): string[] {
  return keys.map((k) => missingData(snapshot, k)).filter((p): p is string => p !== null);
}
