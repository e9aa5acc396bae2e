import { SalesforceApiError } from '../../api-error.js';
import type { OrgData } from '../../org-data.js';

/** One item of an sObject Collections response; errors use `statusCode`, not `errorCode`. */
export interface SaveResult {
  id?: string;
  success: boolean;
  errors: Array<{ statusCode: string; message: string; fields: string[] }>;
}

/** One record's write: returns the record Id. `id` is what a rolled-back result should still report. */
export interface SaveItem {
  id?: string;
  run: () => string;
}

class Rollback extends Error {}

const ROLLED_BACK = {
  statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
  message: 'Record rolled back because not all records were valid and the request was using AllOrNone header',
  fields: [] as string[],
};

/**
 * Runs the writes in request order. Without allOrNone each record stands alone (its own transaction);
 * with allOrNone any failure undoes all, and the good records report ALL_OR_NONE_OPERATION_ROLLED_BACK.
 */
export function runSaves(org: OrgData, items: SaveItem[], allOrNone: boolean): SaveResult[] {
  if (!allOrNone) return items.map((item) => attempt(() => org.transaction(item.run), item.id));
  let results: SaveResult[] = [];
  try {
    org.transaction(() => {
      results = items.map((item) => attempt(item.run, item.id));
      if (results.some((r) => !r.success)) throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
    return results.map((r, i) => (r.success ? withId(items[i].id, { success: false, errors: [ROLLED_BACK] }) : r));
  }
  return results;
}

function attempt(run: () => string, id: string | undefined): SaveResult {
  try {
    return { id: run(), success: true, errors: [] };
  } catch (error) {
    if (!(error instanceof SalesforceApiError)) throw error;
    return withId(id, { success: false, errors: [failure(error)] });
  }
}

function failure(error: SalesforceApiError): SaveResult['errors'][number] {
  return { statusCode: error.errorCode, message: error.message, fields: error.fields };
}

function withId(id: string | undefined, result: SaveResult): SaveResult {
  return id === undefined ? result : { id, ...result };
}
