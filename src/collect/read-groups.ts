import { isQuery, type DataRead } from './plan.js';
import { estimatedCost } from './read-cost.js';
import type { ReadGroup } from './split-reads.js';

/** Each data read is a group of its own, except that a read taking an Id from another joins that one's group. */
export function readGroups(reads: readonly DataRead[]): Array<ReadGroup<DataRead>> {
  const groups: Array<{ reads: DataRead[] }> = [];
  const groupOf = new Map<string, { reads: DataRead[] }>();
  for (const read of reads) {
    const source = read.kind === 'query' && read.dependsOn ? groupOf.get(read.dependsOn) : undefined;
    const group = source ?? { reads: [] };
    if (!source) groups.push(group);
    group.reads.push(read);
    groupOf.set(read.id, group);
  }
  return groups.map((group) => ({
    reads: group.reads,
    cost: group.reads.reduce((sum, read) => sum + estimatedCost(read), 0),
    queries: group.reads.filter(isQuery).length,
  }));
}
