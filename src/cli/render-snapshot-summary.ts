import type { Snapshot } from '../snapshot/snapshot.js';
import type { CollectStats } from '../collect/collect.js';

/** A short account of what was collected: which org, how much of each kind, what could not be read. */
export function renderSnapshotSummary(snapshot: Snapshot, stats?: CollectStats): string {
  const org = snapshot.records.Organization?.[0];
  const lines: string[] = [];
  lines.push(org ? `Org: ${String(org.Name)} (${String(org.Id)}), ${String(org.OrganizationType)}${org.IsSandbox ? ', sandbox' : ''}` : 'Org: unknown (Organization not read)');
  lines.push(`Snapshot captured ${snapshot.capturedAt}`);
  const counts = [
    ...Object.entries(snapshot.records).map(([type, rows]) => `${type} ${rows.length}`),
    ...Object.entries(snapshot.tooling).map(([type, rows]) => `${type} ${rows.length} (tooling)`),
  ];
  lines.push(`Records: ${counts.join(', ') || 'none'}`);
  lines.push(`Described: ${Object.keys(snapshot.describe).join(', ') || 'nothing'}`);
  const metadata = Object.entries(snapshot.metadata).map(([type, byName]) => `${type} ${Object.keys(byName).join(', ') || '(absent)'}`);
  lines.push(`Metadata: ${metadata.join(', ') || 'none'}`);
  for (const [key, reason] of Object.entries(snapshot.unreadable ?? {})) lines.push(`Not readable: ${key}: ${reason}`);
  if (stats) lines.push(`API calls: ${stats.apiCalls} in ${stats.waves} wave(s), ${stats.durationMs} ms`);
  return `${lines.join('\n')}\n`;
}
