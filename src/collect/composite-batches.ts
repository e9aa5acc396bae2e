import type { DataRead } from './plan.js';

export const MAX_SUBREQUESTS = 25;
// Salesforce allows at most 5 query or collection subrequests in one composite request [community].
export const MAX_HEAVY_SUBREQUESTS = 5;

/** Packs data-API reads into as few composite requests as Salesforce allows. */
export function compositeBatches(reads: DataRead[]): DataRead[][] {
  const queries = reads.filter((read) => read.kind === 'query');
  const others = reads.filter((read) => read.kind !== 'query');
  const batches: DataRead[][] = [];
  for (let i = 0; i < queries.length; i += MAX_HEAVY_SUBREQUESTS) batches.push(queries.slice(i, i + MAX_HEAVY_SUBREQUESTS));
  for (const read of others) {
    const batch = batches.find((candidate) => candidate.length < MAX_SUBREQUESTS);
    if (batch) batch.push(read);
    else batches.push([read]);
  }
  return batches;
}

export function subrequestUrl(read: DataRead, apiVersion: string): string {
  const base = `/services/data/v${apiVersion}`;
  return read.kind === 'query' ? `${base}/query?q=${encodeURIComponent(read.soql)}` : `${base}/sobjects/${read.sobject}/describe`;
}
