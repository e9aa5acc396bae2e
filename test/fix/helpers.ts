import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collect } from '../../src/collect/collect.js';
import type { AuditConfig } from '../../src/config/types.js';
import { evaluate } from '../../src/engine/index.js';
import type { AuditResult } from '../../src/engine/types.js';
import type { SObjectRecord, Snapshot } from '@juston-audit/org-snapshot';
import { cleanUpAfterTest } from '../harness/cleanup.js';
import { serveOrg } from '../harness/emulated-org.js';

/** An emulated org over HTTP, audited once through the real collector; closed after the test. */
export async function auditedOrg(org: Snapshot, config: AuditConfig = {}) {
  const served = await serveOrg(org);
  cleanUpAfterTest(() => served.emulator.close());
  const { snapshot } = await collect(served.client());
  const result = evaluate(snapshot, config);
  return { ...served, snapshot, result, orgId: result.orgId };
}

/** Audits the org again, fresh. */
export async function reaudit(
  served: { client(): ReturnType<Awaited<ReturnType<typeof serveOrg>>['client']> },
  config: AuditConfig = {},
): Promise<{ snapshot: Snapshot; result: AuditResult }> {
  const { snapshot } = await collect(served.client());
  return { snapshot, result: evaluate(snapshot, config) };
}

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'juston-fix-'));
  cleanUpAfterTest(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Open (failing, unsuppressed) finding fingerprints, sorted. */
export const openFingerprints = (result: AuditResult, rules?: string[]): string[] =>
  result.results
    .filter((r) => !rules || rules.includes(r.ruleId))
    .flatMap((r) => (r.status === 'fail' || r.status === 'manual' ? r.findings : []))
    .filter((f) => !f.suppressed)
    .map((f) => `${f.ruleId} ${f.resource.key}`)
    .sort();

export const statusOf = (result: AuditResult, ruleId: string) => result.results.find((r) => r.ruleId === ruleId)?.status;

export interface RecordDiff {
  added: Array<{ sobject: string; row: SObjectRecord }>;
  removed: Array<{ sobject: string; row: SObjectRecord }>;
  changed: Array<{ sobject: string; id: string; before: SObjectRecord; after: SObjectRecord }>;
  metadata: Array<{ type: string; fullName: string; before: unknown; after: unknown }>;
}

export const AUDIT_FIELDS = new Set(['CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById', 'SystemModstamp']);
const strip = (row: SObjectRecord) => Object.fromEntries(Object.entries(row).filter(([k]) => !AUDIT_FIELDS.has(k)));

/** Record-level differences between two org snapshots (audit stamp fields ignored). */
export function diffOrg(before: Snapshot, after: Snapshot): RecordDiff {
  const diff: RecordDiff = { added: [], removed: [], changed: [], metadata: [] };
  for (const sobject of new Set([...Object.keys(before.records), ...Object.keys(after.records)])) {
    const a = new Map((before.records[sobject] ?? []).map((r) => [r.Id, r]));
    const b = new Map((after.records[sobject] ?? []).map((r) => [r.Id, r]));
    for (const [id, row] of b) if (!a.has(id)) diff.added.push({ sobject, row });
    for (const [id, row] of a) {
      const now = b.get(id);
      if (!now) diff.removed.push({ sobject, row });
      else if (JSON.stringify(strip(row)) !== JSON.stringify(strip(now))) diff.changed.push({ sobject, id: id!, before: row, after: now });
    }
  }
  for (const type of new Set([...Object.keys(before.metadata), ...Object.keys(after.metadata)])) {
    for (const name of new Set([...Object.keys(before.metadata[type] ?? {}), ...Object.keys(after.metadata[type] ?? {})])) {
      const x = before.metadata[type]?.[name];
      const y = after.metadata[type]?.[name];
      if (JSON.stringify(x) !== JSON.stringify(y)) diff.metadata.push({ type, fullName: name, before: x, after: y });
    }
  }
  return diff;
}

/**
 * The org is as it was: no record added or removed, no setting changed, and rows written back differ at
 * most in their audit stamps (Salesforce stamps every update, an undoing one too).
 */
export function sameOrgApartFromStamps(original: Snapshot, now: Snapshot): string[] {
  const diff = diffOrg(original, now);
  const problems = [
    ...diff.added.map((a) => `added ${a.sobject} ${a.row.Id}`),
    ...diff.removed.map((r) => `removed ${r.sobject} ${r.row.Id}`),
    ...diff.metadata.map((m) => `changed ${m.type} ${m.fullName}`),
  ];
  for (const c of diff.changed) {
    const fields = Object.keys({ ...c.before, ...c.after }).filter(
      (k) => !AUDIT_FIELDS.has(k) && JSON.stringify(c.after[k]) !== JSON.stringify(c.before[k]),
    );
    if (fields.length) problems.push(`changed ${c.sobject} ${c.id}: ${fields.join(', ')}`);
  }
  return problems;
}

/** The clean org without its Balance permission set: the fix must create one, with its rows, and assign it. */
export function withoutBalanceSet(base: Snapshot): Snapshot {
  const s = structuredClone(base);
  const ps = s.records.PermissionSet!.find((p) => p.Name === 'JustOn_Balance_Access')!.Id;
  s.records.PermissionSet = s.records.PermissionSet!.filter((p) => p.Id !== ps);
  for (const name of ['PermissionSetAssignment', 'ObjectPermissions', 'FieldPermissions', 'PermissionSetTabSetting', 'SetupEntityAccess']) {
    s.records[name] = s.records[name]!.filter((r) => r.ParentId !== ps && r.PermissionSetId !== ps);
  }
  return s;
}
