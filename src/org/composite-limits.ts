export const MAX_SUBREQUESTS = 25;
// "You can have up to 25 subrequests in a single call. Up to 5 of these subrequests can be sObject Collections or query
// operations" (REST API "Composite Request Body", requests_composite.htm).
export const MAX_HEAVY_SUBREQUESTS = 5;

/**
 * Packs independent subrequests into as few composite requests as Salesforce allows: the heavy ones
 * (queries, collections) five to a request, the rest filling any request with room left. Order is not
 * kept; writes, whose order matters, are packed by `write-batches.ts` under the same limits.
 */
export function compositeBatches<T>(items: readonly T[], isHeavy: (item: T) => boolean): T[][] {
  const heavy = items.filter(isHeavy);
  const light = items.filter((item) => !isHeavy(item));
  const batches: T[][] = [];
  for (let i = 0; i < heavy.length; i += MAX_HEAVY_SUBREQUESTS) batches.push(heavy.slice(i, i + MAX_HEAVY_SUBREQUESTS));
  for (const item of light) {
    const batch = batches.find((candidate) => candidate.length < MAX_SUBREQUESTS);
    if (batch) batch.push(item);
    else batches.push([item]);
  }
  return batches;
}
