import { MAX_HEAVY_SUBREQUESTS, MAX_SUBREQUESTS } from '../org/index.js';
import { isQuery, type DataRead } from './plan.js';

const dependsOn = (read: DataRead): string | undefined => (read.kind === 'query' ? read.dependsOn : undefined);

/**
 * The data reads packed into composite requests within Salesforce's limits (at most 5 queries, 25
 * subrequests). A read that takes an Id from another (`dependsOn`, an `@{ref}`) can only be resolved inside
 * the same request, so it travels with its source, right after it. Queries keep their plan order.
 */
export function dataBatches(reads: readonly DataRead[]): DataRead[][] {
  const units = reads.filter((read) => !dependsOn(read)).map((read) => [read, ...reads.filter((d) => dependsOn(d) === read.id)]);
  const batches: DataRead[][] = [];
  for (const unit of units.filter((u) => u.some(isQuery))) {
    const last = batches.at(-1);
    const weight = unit.filter(isQuery).length;
    if (last && last.filter(isQuery).length + weight <= MAX_HEAVY_SUBREQUESTS) last.push(...unit);
    else batches.push([...unit]);
  }
  for (const read of units.filter((u) => !u.some(isQuery)).flat()) {
    const batch = batches.find((candidate) => candidate.length < MAX_SUBREQUESTS);
    if (batch) batch.push(read);
    else batches.push([read]);
  }
  return batches;
}
