import type { SObjectRecord, Snapshot } from '@juston-audit/org-snapshot';
import { SNAPSHOT_FORMAT } from '@juston-audit/org-snapshot';
import type { MetadataStore } from './metadata-store.js';
import { cloneRow } from './row.js';
import type { Store } from './store.js';

/**
 * The current state in snapshot shape. Objects served on the data API go under `records`, the
 * rest under `tooling`; capturedAt, describe and unreadable are kept from the loaded snapshot so
 * a before/after diff shows only data changes.
 */
export function toSnapshot(store: Store, metadata: MetadataStore, original: Snapshot): Snapshot {
  const records: Record<string, SObjectRecord[]> = {};
  const tooling: Record<string, SObjectRecord[]> = {};
  for (const table of store.allTables()) {
    const def = store.catalog.object(table.name)!;
    const wasLoaded = original.records[table.name] !== undefined || original.tooling[table.name] !== undefined;
    if (table.size === 0 && !wasLoaded) continue;
    const inTooling = original.tooling[table.name] !== undefined || !def.apis.includes('data');
    (inTooling ? tooling : records)[table.name] = table.scan().map((r) => cloneRow(r) as SObjectRecord);
  }
  const out: Snapshot = {
    format: SNAPSHOT_FORMAT,
    capturedAt: original.capturedAt,
    records,
    tooling,
    metadata: metadata.snapshot(),
    describe: structuredClone(original.describe),
  };
  if (original.unreadable) out.unreadable = { ...original.unreadable };
  return out;
}
