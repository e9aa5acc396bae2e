import { SalesforceApiError } from '../../api-error.js';
import { errorResult, type RestCall, type RestResult } from './rest-call.js';
import { restRoutes } from './rest-routes.js';

const NOT_FOUND = () => new SalesforceApiError('NOT_FOUND', 'The requested resource does not exist', 404);

/**
 * Runs one REST request against the route registry, synchronously (so composite can wrap
 * subrequests in one OrgData transaction). Errors become Salesforce error bodies, never stacks.
 */
export function dispatchRest(call: RestCall): RestResult {
  try {
    for (const route of restRoutes) {
      const match = route.pattern.exec(call.path);
      if (!match || (route.dataOnly && call.api !== 'data')) continue;
      const method = call.method === 'HEAD' ? 'GET' : call.method;
      const handler = route.methods[method];
      if (!handler) throw methodNotAllowed(call.method, Object.keys(route.methods));
      if (!route.runsSubrequests) call.work.requests += 1;
      return handler(call, match.slice(1).map(decodeSegment));
    }
    throw NOT_FOUND();
  } catch (error) {
    return errorResult(error);
  }
}

function methodNotAllowed(method: string, allowed: string[]): SalesforceApiError {
  const list = allowed.includes('GET') ? ['HEAD', ...allowed] : allowed;
  return new SalesforceApiError('METHOD_NOT_ALLOWED', `HTTP Method '${method}' not allowed. Allowed are ${list.join(',')}`, 405);
}

function decodeSegment(segment: string | undefined): string {
  try {
    return decodeURIComponent(segment ?? '');
  } catch {
    throw NOT_FOUND();
  }
}
