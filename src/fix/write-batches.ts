import {
  describeSalesforceError,
  MAX_HEAVY_SUBREQUESTS,
  MAX_SUBREQUESTS,
  type OrgClient,
  resolveRefs,
  type Subrequest,
  type SubResponse,
} from '../org/index.js';

/** One record write. `referenced`: others refer to its new Id, so it goes as its own POST subrequest. */
export interface WriteOp {
  key: string;
  kind: 'create' | 'update' | 'delete';
  sobject: string;
  id?: string;
  fields: Record<string, unknown>;
  referenced?: boolean;
}

export interface OpResult {
  key: string;
  ok: boolean;
  id?: string;
  error?: string;
  /** The write was undone by Salesforce with the rest of its batch (allOrNone). */
  rolledBack?: boolean;
  /** A delete found nothing to delete: the record is already gone. */
  alreadyGone?: boolean;
  /** The request failed as a whole (no answer, an error page, a refusal): whether the org wrote it is unknown. */
  unknown?: boolean;
}

/** sObject Collections take at most 200 records per request and at most 10 runs of one type. */
const MAX_RECORDS = 200;
const MAX_TYPE_CHUNKS = 10;
const GONE = new Set(['ENTITY_IS_DELETED', 'INVALID_CROSS_REFERENCE_KEY', 'NOT_FOUND', 'INVALID_ID_FIELD']);
const ROLLED_BACK = new Set(['PROCESSING_HALTED', 'ALL_OR_NONE_OPERATION_ROLLED_BACK']);

type Unit = { ops: WriteOp[]; single: boolean };

function units(ops: WriteOp[]): Unit[] {
  const out: Unit[] = [];
  for (const op of ops) {
    const last = out[out.length - 1];
    const chunks = last ? new Set(last.ops.map((o) => o.sobject)).size + (last.ops.at(-1)!.sobject === op.sobject ? 0 : 1) : 0;
    if (op.referenced) out.push({ ops: [op], single: true });
    else if (last && !last.single && last.ops[0].kind === op.kind && last.ops.length < MAX_RECORDS && chunks <= MAX_TYPE_CHUNKS)
      last.ops.push(op);
    else out.push({ ops: [op], single: false });
  }
  return out;
}

/** Units → composite requests of at most 25 subrequests, at most 5 of them collections. */
function composites(list: Unit[]): Unit[][] {
  const out: Unit[][] = [];
  for (const unit of list) {
    const current = out[out.length - 1];
    const heavy = current?.filter((u) => !u.single).length ?? 0;
    if (current && current.length < MAX_SUBREQUESTS && (unit.single || heavy < MAX_HEAVY_SUBREQUESTS)) current.push(unit);
    else out.push([unit]);
  }
  return out;
}

/**
 * Sends the writes in order, batched into composite requests of sObject Collections (allOrNone). After each
 * request `onBatch` gets its results (so the journal records them before anything else is sent). With
 * `stopOnFailure`, the first failing request ends the run.
 */
export async function runWrites(
  client: OrgClient,
  ops: WriteOp[],
  options: { stopOnFailure: boolean; allOrNone: boolean; onBatch: (results: OpResult[]) => Promise<void> },
): Promise<{ results: OpResult[]; failed: boolean; calls: number }> {
  const ids = new Map<string, string>();
  const results: OpResult[] = [];
  let failed = false;
  let calls = 0;
  for (const batch of composites(units(ops))) {
    const subrequests = batch.map((unit, i) => subrequest(client.dataPath, unit, i, ids, options.allOrNone));
    calls += 1;
    let batchResults: OpResult[];
    try {
      const responses = await client.compositeWrite(subrequests, options.allOrNone);
      const parsed = batch.flatMap((unit, i) =>
        parse(
          unit,
          responses.find((r) => r.referenceId === subrequests[i].referenceId),
        ),
      );
      batchResults = options.allOrNone ? asOneTransaction(parsed) : parsed;
    } catch (error) {
      const why = `outcome unknown: the request failed (${(error as Error).message})`;
      batchResults = batch.flatMap((unit) => unit.ops.map((o) => ({ key: o.key, ok: false, unknown: true, error: why })));
    }
    for (const r of batchResults) if (r.ok && r.id) ids.set(r.key, r.id);
    results.push(...batchResults);
    await options.onBatch(batchResults);
    if (batchResults.some((r) => !r.ok && !r.alreadyGone)) {
      failed = true;
      if (options.stopOnFailure) break;
    }
  }
  return { results, failed, calls };
}

/**
 * The results of an allOrNone composite request, which is one transaction: when any of its records failed,
 * Salesforce rolled back all of them, also any an sObject Collections subrequest reported `success: true`
 * (REST API "allOrNone Parameters in Composite and Collections Requests", resources_composite_allornone.htm,
 * case 4). A halted request wrote nothing, whatever the shape of its answer.
 */
export function asOneTransaction(results: OpResult[]): OpResult[] {
  const failures = results.filter((r) => !r.ok);
  if (failures.length === 0) return results;
  const failure = failures.find((r) => !r.rolledBack) ?? failures[0];
  const rolledBack = `PROCESSING_HALTED: rolled back with its request, in which ${failure.key} failed`;
  return results.map((r) => (r.ok ? { key: r.key, ok: false, rolledBack: true, error: rolledBack } : r));
}

function withIds(fields: Record<string, unknown>, ids: Map<string, string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' ? resolveRefs(v, ids) : v]));
}

function subrequest(base: string, unit: Unit, index: number, ids: Map<string, string>, allOrNone: boolean): Subrequest {
  const first = unit.ops[0];
  if (unit.single)
    return { method: 'POST', url: `${base}/sobjects/${first.sobject}`, referenceId: first.key, body: withIds(first.fields, ids) };
  const referenceId = `batch${index}`;
  if (first.kind === 'delete') {
    return {
      method: 'DELETE',
      referenceId,
      url: `${base}/composite/sobjects?ids=${unit.ops.map((o) => o.id).join(',')}&allOrNone=${allOrNone}`,
    };
  }
  const records = unit.ops.map((o) => ({
    attributes: { type: o.sobject },
    ...(o.kind === 'update' ? { id: o.id } : {}),
    ...withIds(o.fields, ids),
  }));
  return {
    method: first.kind === 'create' ? 'POST' : 'PATCH',
    referenceId,
    url: `${base}/composite/sobjects`,
    body: { allOrNone, records },
  };
}

function parse(unit: Unit, response: SubResponse | undefined): OpResult[] {
  if (!response) return unit.ops.map((o) => ({ key: o.key, ok: false, error: 'no response for this subrequest' }));
  const failAll = (body: unknown) => unit.ops.map((o) => outcome(o, false, undefined, body));
  if (unit.single) {
    const body = response.body as { id?: string };
    return response.httpStatusCode < 300 && body?.id ? [{ key: unit.ops[0].key, ok: true, id: body.id }] : failAll(response.body);
  }
  if (response.httpStatusCode >= 300 || !Array.isArray(response.body)) return failAll(response.body);
  const saves = response.body as Array<{ id?: string; success: boolean; errors: unknown[] }>;
  return unit.ops.map((o, i) => {
    const s = saves[i];
    return s?.success ? { key: o.key, ok: true, id: s.id ?? o.id } : outcome(o, false, undefined, s?.errors ?? 'no result');
  });
}

function outcome(op: WriteOp, ok: boolean, id: string | undefined, errors: unknown): OpResult {
  const list = (Array.isArray(errors) ? errors : [errors]) as Array<{ errorCode?: string; statusCode?: string }>;
  const codes = list.map((e) => e?.errorCode ?? e?.statusCode ?? '');
  const result: OpResult = { key: op.key, ok, ...(id ? { id } : {}), error: describeSalesforceError(errors) };
  if (codes.length && codes.every((c) => ROLLED_BACK.has(c))) result.rolledBack = true;
  if (op.kind === 'delete' && codes.some((c) => GONE.has(c))) result.alreadyGone = true;
  return result;
}
