import { SalesforceApiError } from '../../api-error.js';
import { jsonObject, type RestCall, type RestResult } from './rest-call.js';
import { runSaves, type SaveItem } from './save-results.js';
import { sobjectForId } from './key-prefixes.js';

/** sObject Collections accept at most 200 records or ids per request [doc]. */
const MAX_COLLECTION_RECORDS = 200;

function checkCount(count: number): void {
  if (count > MAX_COLLECTION_RECORDS) {
    // The refusal Salesforce gives for more than 200 records in one call [community: restforce #726, beatbox #3].
    throw new SalesforceApiError(
      'EXCEEDED_ID_LIMIT',
      `record limit reached. cannot submit more than ${MAX_COLLECTION_RECORDS} records into this call`,
      400,
    );
  }
}

function recordsOf(call: RestCall): { allOrNone: boolean; records: Array<Record<string, unknown>> } {
  const body = jsonObject(call.body);
  if (!Array.isArray(body.records)) throw new SalesforceApiError('INVALID_FIELD', 'records must be an array', 400);
  checkCount(body.records.length);
  return { allOrNone: body.allOrNone === true, records: body.records.map((r) => jsonObject(r, 'record')) };
}

function split(record: Record<string, unknown>): { type: string; id?: string; fields: Record<string, unknown> } {
  const { attributes, id, Id, ...fields } = record;
  const type = (attributes as { type?: unknown } | undefined)?.type;
  if (typeof type !== 'string' || !type) {
    throw new SalesforceApiError('INVALID_TYPE', 'Record must specify attributes.type', 400);
  }
  const anyId = id ?? Id;
  return { type, id: typeof anyId === 'string' ? anyId : undefined, fields };
}

export function collectionCreate(call: RestCall): RestResult {
  const { allOrNone, records } = recordsOf(call);
  const items: SaveItem[] = records.map((record) => ({
    run: () => {
      const { type, id, fields } = split(record);
      if (id) throw new SalesforceApiError('INVALID_FIELD', 'cannot specify Id in an insert call', 400, ['Id']);
      return call.ctx.org.create(type, fields, call.api);
    },
  }));
  return { status: 200, body: runSaves(call.ctx.org, items, allOrNone) };
}

export function collectionUpdate(call: RestCall): RestResult {
  const { allOrNone, records } = recordsOf(call);
  const items: SaveItem[] = records.map((record) => {
    const anyId = record.id ?? record.Id;
    return {
      id: typeof anyId === 'string' ? anyId : undefined,
      run: () => {
        const { type, id, fields } = split(record);
        if (!id) throw new SalesforceApiError('MISSING_ARGUMENT', 'Id not specified in an update call', 400);
        call.ctx.org.update(type, id, fields, call.api);
        return id;
      },
    };
  });
  return { status: 200, body: runSaves(call.ctx.org, items, allOrNone) };
}

/** `DELETE composite/sobjects?ids=a,b&allOrNone=true`: the sObject of each id comes from its key prefix. */
export function collectionDelete(call: RestCall): RestResult {
  const ids = (call.query.get('ids') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (ids.length === 0) throw new SalesforceApiError('MISSING_ARGUMENT', 'ids parameter is required', 400);
  checkCount(ids.length);
  const items: SaveItem[] = ids.map((id) => ({
    id,
    run: () => {
      call.ctx.org.delete(sobjectForId(call, id), id, call.api);
      return id;
    },
  }));
  return { status: 200, body: runSaves(call.ctx.org, items, call.query.get('allOrNone') === 'true') };
}

/** `GET composite/sobjects/X?ids=&fields=` or `POST` with `{ids, fields}`: records in order, null when absent. */
export function collectionRetrieve(call: RestCall, [sobject]: string[]): RestResult {
  const fromBody = call.method === 'POST' ? jsonObject(call.body) : undefined;
  const list = (v: unknown): string[] =>
    Array.isArray(v)
      ? v.map(String)
      : typeof v === 'string'
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [];
  const ids = list(fromBody ? fromBody.ids : call.query.get('ids'));
  const fields = list(fromBody ? fromBody.fields : call.query.get('fields'));
  if (ids.length === 0 || fields.length === 0) {
    throw new SalesforceApiError('MISSING_ARGUMENT', 'ids and fields are required', 400);
  }
  checkCount(ids.length);
  const records = ids.map((id) => {
    try {
      return call.ctx.org.retrieve(sobject, id, fields, call.api, call.version);
    } catch (error) {
      if (error instanceof SalesforceApiError && error.status === 404) return null;
      throw error;
    }
  });
  return { status: 200, body: records };
}
