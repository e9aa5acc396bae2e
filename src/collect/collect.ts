import { AuditError } from '../errors.js';
import { emptySnapshot, type DescribeResult, type Snapshot } from '@juston-audit/org-snapshot';
import { DEFAULT_COLLECT_OPTIONS, type CollectOptions } from './collect-options.js';
import { normaliseMetadata } from './normalise-metadata.js';
import { describeSalesforceError, MAX_HEAVY_SUBREQUESTS, readRemainingPages, type OrgClient, type QueryPage } from '../org/index.js';
import { isDataRead, planReads, subrequestUrl, type PlannedRead, type ToolingRead } from './plan.js';
import { readGroups } from './read-groups.js';
import { fewestCalls, splitIntoCalls } from './split-reads.js';
import { RecordSink } from './record-sink.js';
import { isUnsupportedRead, rejectionOf } from './rejection.js';
import { readInSimplerForm, type RefusedRead } from './degrade/degrade.js';
import { hasToolingFallback, readToolingInSimplerForm, type RefusedToolingRead } from './degrade/tooling-fallback.js';

export interface CollectStats {
  apiCalls: number;
  /** Sequential rounds of requests: requests in one wave go out together. */
  waves: number;
  durationMs: number;
  plan: string[];
}

/**
 * API calls the collection may spend before pagination. The target is at most 12 calls for an audit of up
 * to 2,000 JustOn users (bench/README.md): the preflight, this wave, and a page more of each of the two reads
 * that pass Salesforce's 2,000 rows first (the JustOn users, their licences) leave 12 − 1 − 2 = 9.
 */
export const COLLECTION_CALLS = 9;

/** How the reads are split into calls; the benchmark compares budgets. */
export interface CollectBatching {
  /** API calls the collection may spend before pagination (default COLLECTION_CALLS, and never above --max-api-calls). */
  callBudget?: number;
}

interface CompositeItem {
  referenceId: string;
  httpStatusCode: number;
  body: unknown;
}

interface CompositeResponse {
  compositeResponse: CompositeItem[];
}

/** Reads everything the audit needs from an org, once, into a snapshot. */
export async function collect(
  client: OrgClient,
  options: Partial<CollectOptions> = {},
  batching: CollectBatching = {},
): Promise<{ snapshot: Snapshot; stats: CollectStats }> {
  const started = Date.now();
  const callsBefore = client.apiCalls;
  const reads = planReads({ ...DEFAULT_COLLECT_OPTIONS, ...options });
  const apiVersion = client.apiVersion;
  const records = new RecordSink();
  const tooling = new RecordSink();
  const snapshot = emptySnapshot();
  const unreadable: Record<string, string> = {};
  let waves = 1;
  const onWave = (wave: number) => (waves = Math.max(waves, wave));
  const markUnreadable = (read: PlannedRead, error: unknown) => {
    for (const key of read.fills) unreadable[key] ??= describeSalesforceError(error);
  };

  // Each page is flattened as it arrives, so the raw pages of a large read are not all held at once; the
  // read's records join the snapshot only when every page has come.
  const acceptQuery = async (read: PlannedRead, first: QueryPage, sink: RecordSink, pageWave = onWave) => {
    const flatten = (records: QueryPage['records']) => sink.flatten(records);
    const pages = [flatten(first.records), ...(await readRemainingPages(client, first, pageWave, flatten))];
    for (const key of read.fills) sink.declare(key.slice(key.indexOf('.') + 1));
    for (const page of pages) sink.takeIn(page);
  };

  const refused: RefusedRead[] = [];
  const refusedTooling: RefusedToolingRead[] = [];
  const dataReads = reads.filter(isDataRead);
  // The Tooling composite requests and the Metadata reads go out beside the data composite requests.
  const otherCalls = otherCallCount(reads);
  const budget = Math.min(batching.callBudget ?? COLLECTION_CALLS, client.callsLeft);
  const batches = splitIntoCalls(readGroups(dataReads), budget - otherCalls);
  const plan = batches.map((batch) => `composite: ${batch.map((read) => read.id).join(', ')}`);

  /** One composite request of GET subrequests; a request that fails as a whole leaves each of its reads unread. */
  const sendComposite = async <T extends PlannedRead>(
    path: '/composite' | '/tooling/composite',
    batch: readonly T[],
    url: (read: T) => string,
    accept: (item: CompositeItem, read: T, response: CompositeResponse) => Promise<unknown>,
  ) => {
    const body = { allOrNone: false, compositeRequest: batch.map((read) => ({ method: 'GET', url: url(read), referenceId: read.id })) };
    let response: CompositeResponse;
    try {
      response = await client.post<CompositeResponse>(path, body);
    } catch (error) {
      if (error instanceof AuditError) throw error;
      return batch.forEach((read) => markUnreadable(read, error));
    }
    await Promise.all(
      response.compositeResponse.map(async (item) => {
        const read = batch.find((candidate) => candidate.id === item.referenceId)!;
        try {
          await accept(item, read, response);
        } catch (error) {
          if (error instanceof AuditError) throw error;
          markUnreadable(read, error);
        }
      }),
    );
  };

  const compositeCalls = batches.map((batch) =>
    sendComposite(
      '/composite',
      batch,
      (read) => subrequestUrl(read, apiVersion),
      async (item, read, response) => {
        if (read.kind === 'describe') {
          if (item.httpStatusCode === 200) snapshot.describe[read.sobject] = item.body as DescribeResult;
          else if (item.httpStatusCode !== 404) markUnreadable(read, item.body);
          return;
        }
        const answered = item.httpStatusCode === 200 ? (item.body as QueryPage) : referencesNothing(read, response) ? NO_ROWS : null;
        if (!answered && isRefusedAsWritten(read, item)) return refused.push({ read, rejection: rejectionOf(item.body) });
        if (!answered) return markUnreadable(read, item.body);
        await acceptQuery(read, answered, records);
      },
    ),
  );

  const toolingCalls = toolingBatches(reads).map((batch) => {
    plan.push(`tooling composite: ${batch.map((read) => read.id).join(', ')}`);
    return sendComposite(
      '/tooling/composite',
      batch,
      (read) => `/services/data/v${apiVersion}/tooling/query?q=${encodeURIComponent(read.soql)}`,
      async (item, read) => {
        if (item.httpStatusCode === 200) return acceptQuery(read, item.body as QueryPage, tooling);
        const rejection = rejectionOf(item.body);
        return hasToolingFallback(rejection) ? refusedTooling.push({ read, rejection }) : markUnreadable(read, item.body);
      },
    );
  });

  const metadataCalls = reads
    .filter((read) => read.kind === 'metadata-read')
    .map(async (read) => {
      plan.push(`metadata read: ${read.type} ${read.fullName}`);
      try {
        const component = normaliseMetadata(await client.readMetadata(read.type, read.fullName));
        snapshot.metadata[read.type] = component ? { [read.fullName]: component } : {};
      } catch (error) {
        if (error instanceof AuditError) throw error;
        markUnreadable(read, error);
      }
    });

  await Promise.all([...compositeCalls, ...toolingCalls, ...metadataCalls]);
  // The data and Tooling fallbacks go out side by side, from the wave after the first.
  const fallbackRound = (round: number) => onWave(1 + round);
  const [fallbacks, toolingFallbacks] = await Promise.all([
    refused.length ? readInSimplerForm(client, refused, fallbackRound) : undefined,
    refusedTooling.length ? readToolingInSimplerForm(client, refusedTooling, fallbackRound) : undefined,
  ]);
  for (const { type, records: rows } of fallbacks?.rows ?? []) {
    records.declare(type);
    records.add(rows, type);
  }
  for (const { read, why } of fallbacks?.failed ?? []) markUnreadable(read, why);
  // A read that recovered completes what it fills, also the parents it found no row of (read and empty).
  const fallbackFailed = new Set((fallbacks?.failed ?? []).map(({ read }) => read.id));
  for (const { read } of refused.filter(({ read }) => !fallbackFailed.has(read.id))) {
    for (const key of read.fills) records.declare(key.slice(key.indexOf('.') + 1));
  }
  for (const { keys, why } of fallbacks?.unreadable ?? []) for (const key of keys) unreadable[key] ??= why;
  await Promise.all(
    (toolingFallbacks?.answered ?? []).map(async ({ read, page }) => {
      try {
        // The retry went out in the fallbacks' second round; its further pages come in the round after.
        await acceptQuery(read, page, tooling, (wave) => onWave(wave + 2));
      } catch (error) {
        if (error instanceof AuditError) throw error;
        markUnreadable(read, error);
      }
    }),
  );
  for (const { keys, why } of toolingFallbacks?.unreadable ?? []) for (const key of keys) unreadable[key] ??= why;
  const degraded = [...(fallbacks?.degraded ?? []), ...(toolingFallbacks?.degraded ?? [])];
  if (degraded.length) snapshot.degraded = degraded.sort((a, b) => a.read.localeCompare(b.read));
  snapshot.records = records.toRecords();
  snapshot.tooling = tooling.toRecords();
  if (Object.keys(unreadable).length) snapshot.unreadable = sortKeys(unreadable);
  snapshot.describe = sortKeys(snapshot.describe);
  return { snapshot, stats: { apiCalls: client.apiCalls - callsBefore, waves, durationMs: Date.now() - started, plan } };
}

/**
 * A query the org refused as written (an unsupported field, object, filter or sub-select, or any 400
 * answer to a subrequest) gets one retry in a simpler form. A query taking an Id from another subrequest
 * cannot be sent outside its composite request, so it has none.
 */
function isRefusedAsWritten(
  read: PlannedRead,
  item: { httpStatusCode: number; body: unknown },
): read is Extract<PlannedRead, { kind: 'query' }> {
  if (read.kind !== 'query' || read.dependsOn) return false;
  return item.httpStatusCode === 400 || isUnsupportedRead(rejectionOf(item.body));
}

const NO_ROWS: QueryPage = { totalSize: 0, done: true, records: [] };

/**
 * A read that takes an Id from an earlier subrequest which found no record cannot run; Salesforce fails it
 * as an invalid reference. There is nothing to read then: the rules see no rows (no app, no grants).
 */
function referencesNothing(read: PlannedRead, response: CompositeResponse): boolean {
  if (read.kind !== 'query' || !read.dependsOn) return false;
  const source = response.compositeResponse.find((item) => item.referenceId === read.dependsOn);
  return source?.httpStatusCode === 200 && (source.body as QueryPage).records.length === 0;
}

/**
 * The Tooling queries in Tooling composite requests ("Improve Performance with the Composite Resource",
 * Tooling API Developer Guide, tooling_resources_composite_composite.htm: the Query resource is supported),
 * at most 5 to a request as in the data API's composite [unverified for Tooling].
 */
function toolingBatches(reads: readonly PlannedRead[]): ToolingRead[][] {
  const queries = reads.filter((read): read is ToolingRead => read.kind === 'tooling-query');
  const batches: ToolingRead[][] = [];
  for (let i = 0; i < queries.length; i += MAX_HEAVY_SUBREQUESTS) batches.push(queries.slice(i, i + MAX_HEAVY_SUBREQUESTS));
  return batches;
}

/** Calls beside the data composite requests: the Tooling composite requests and one per Metadata read. */
const otherCallCount = (reads: readonly PlannedRead[]): number =>
  toolingBatches(reads).length + reads.filter((read) => read.kind === 'metadata-read').length;

/**
 * The fewest calls one collection needs before any pagination: one per composite request (data and Tooling)
 * and Metadata read. With more calls to spend it splits its data composite requests further.
 */
export function plannedCallCount(options: Partial<CollectOptions> = {}): number {
  const reads = planReads({ ...DEFAULT_COLLECT_OPTIONS, ...options });
  return fewestCalls(readGroups(reads.filter(isDataRead))) + otherCallCount(reads);
}

function sortKeys<T>(object: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));
}
