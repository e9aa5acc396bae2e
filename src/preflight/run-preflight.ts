import { describeSalesforceError, type OrgClient } from '../org/index.js';
import { AuditError } from '../errors.js';
import type { Preflight } from './assess.js';
import { USER_PERMISSION_FIELDS, type UserPermission } from './user-permissions.js';

interface CompositeItem {
  referenceId: string;
  httpStatusCode: number;
  body: unknown;
}

/**
 * One composite call: the daily API allowance (`/limits`) and the running user's permissions
 * (UserPermissionAccess). Neither failing stops the audit; the problem is reported instead.
 */
export async function runPreflight(client: OrgClient): Promise<Preflight> {
  const base = client.dataPath;
  const soql = `SELECT ${USER_PERMISSION_FIELDS.join(', ')} FROM UserPermissionAccess`;
  const problems: string[] = [];
  let items: CompositeItem[];
  try {
    ({ compositeResponse: items } = await client.post<{ compositeResponse: CompositeItem[] }>('/composite', {
      allOrNone: false,
      compositeRequest: [
        { method: 'GET', url: `${base}/limits`, referenceId: 'limits' },
        { method: 'GET', url: `${base}/query?q=${encodeURIComponent(soql)}`, referenceId: 'permissions' },
      ],
    }));
  } catch (error) {
    if (error instanceof AuditError) throw error;
    return { permissions: null, budget: null, problems: [`preflight: ${describeSalesforceError(error)}`] };
  }
  const item = (id: string) => items.find((candidate) => candidate.referenceId === id);
  const failure = (what: string, body: unknown) => problems.push(`${what}: ${describeSalesforceError(body)}`);

  const limits = item('limits');
  const daily = (limits?.body as { DailyApiRequests?: { Max?: number; Remaining?: number } } | undefined)?.DailyApiRequests;
  if (limits?.httpStatusCode !== 200) failure('API limits', limits?.body);
  const permissionsItem = item('permissions');
  const row =
    permissionsItem?.httpStatusCode === 200 ? (permissionsItem.body as { records: Array<Record<string, unknown>> }).records[0] : undefined;
  if (permissionsItem?.httpStatusCode !== 200) failure('running user permissions', permissionsItem?.body);
  return {
    budget: typeof daily?.Max === 'number' && typeof daily.Remaining === 'number' ? { max: daily.Max, remaining: daily.Remaining } : null,
    permissions: row
      ? Object.fromEntries(USER_PERMISSION_FIELDS.map((field): [UserPermission, boolean] => [field, row[field] === true]))
      : null,
    problems,
  };
}
