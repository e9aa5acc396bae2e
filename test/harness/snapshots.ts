import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SObjectRecord, Snapshot } from '@juston-audit/org-snapshot';

const samplePath = (name: string) => fileURLToPath(new URL(`../../samples/${name}`, import.meta.url));
const cache = new Map<string, string>();

function loadSample(name: string): Snapshot {
  if (!cache.has(name)) cache.set(name, readFileSync(samplePath(name), 'utf8'));
  return JSON.parse(cache.get(name)!) as Snapshot;
}

/** A fresh copy of samples/clean-org.json. */
export const clean = (): Snapshot => loadSample('clean-org.json');
/** A fresh copy of samples/misconfigured-org.json. */
export const misconfigured = (): Snapshot => loadSample('misconfigured-org.json');

type Patch = Record<string, SObjectRecord[] | ((rows: SObjectRecord[]) => SObjectRecord[])>;

function apply(target: Record<string, SObjectRecord[]>, patch: Patch): void {
  for (const [name, p] of Object.entries(patch)) target[name] = typeof p === 'function' ? p(target[name] ?? []) : p;
}

/** A copy of `base` with some record lists replaced or transformed. */
export function withRecords(base: Snapshot, patch: Patch): Snapshot {
  const s = structuredClone(base);
  apply(s.records, patch);
  return s;
}

/** A copy of `base` with some Tooling lists replaced or transformed. */
export function withTooling(base: Snapshot, patch: Patch): Snapshot {
  const s = structuredClone(base);
  apply(s.tooling, patch);
  return s;
}

/** A copy of `base` changed by `fn` (for metadata, describe, unreadable, or deletions). */
export function modify(base: Snapshot, fn: (s: Snapshot) => void): Snapshot {
  const s = structuredClone(base);
  fn(s);
  return s;
}

/** Row transformer: merge `changes` into the row with this Id. */
export const patchRow = (id: string, changes: SObjectRecord) => (rows: SObjectRecord[]) =>
  rows.map((r) => (r.Id === id ? { ...r, ...changes } : r));

/** Row transformer: drop rows matching the predicate. */
export const dropRows = (pred: (r: SObjectRecord) => boolean) => (rows: SObjectRecord[]) => rows.filter((r) => !pred(r));

/** Row transformer: append rows. */
export const addRows =
  (...extra: SObjectRecord[]) =>
  (rows: SObjectRecord[]) => [...rows, ...extra];

/** Ids used in the clean sample. */
/** A custom permission set row with every field the collector reads; `extra` overrides (Type 'Group', a namespace, …). */
export const permissionSetRow = (Id: string, Name: string, extra: SObjectRecord = {}): SObjectRecord => ({
  Id,
  Name,
  Label: Name.replace(/_/g, ' '),
  IsOwnedByProfile: false,
  ProfileId: null,
  NamespacePrefix: null,
  Type: 'Regular',
  IsCustom: true,
  PermissionsModifyAllData: false,
  PermissionsViewAllData: false,
  PermissionSetGroupId: null,
  LicenseId: null,
  ...extra,
});

export const ids = {
  org: '00D5g0000000001AAA',
  adminProfile: '00e5g0000000001AAA',
  standardProfile: '00e5g0000000002AAA',
  adminPs: '0PS5g0000000001AAA',
  standardPs: '0PS5g0000000002AAA',
  readWritePs: '0PS5g0000000010AAA',
  readOnlyPs: '0PS5g0000000011AAA',
  /** JustOn Full Access: not in the sample; tests add it. */
  fullAccessPs: '0PS5g0000000012AAA',
  balancePs: '0PS5g0000000020AAA',
  ada: '0055g0000000001AAA',
  anna: '0055g0000000002AAA',
  ben: '0055g0000000003AAA',
  olga: '0055g0000000004AAA',
  app: '0H45g0000000001AAA',
  licence: '0505g0000000001AAA',
  chainClass: '01p5g0000000101AAA',
  chainJob: '7075g0000000001AAA',
  chainTrigger: '08e5g0000000001AAA',
  invoiceRunClass: '01p5g0000000102AAA',
} as const;
