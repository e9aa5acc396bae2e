import { SalesforceApiError } from '../../api-error.js';
import type { RestCall } from './rest-call.js';

/** Finds the sObject whose describe `keyPrefix` matches the id's first three characters. */
export function sobjectForId(call: RestCall, id: string): string {
  const prefix = id.slice(0, 3);
  for (const name of call.ctx.org.listSObjects(call.api)) {
    try {
      if (call.ctx.org.describe(name, call.api).keyPrefix === prefix) return name;
    } catch {
      // an sObject that cannot be described cannot own the id
    }
  }
  throw new SalesforceApiError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', 400);
}
