import { describeSalesforceError, type OrgClient } from '../org/index.js';
import { AuditError } from '../errors.js';
import { rejectionOf } from '../collect/rejection.js';
import { selectList } from '../snapshot/sobject-fields.js';
import type { Preflight, PreflightOrg } from './assess.js';
import { USER_PERMISSION_FIELDS, type Grant, type UserPermission } from './user-permissions.js';

interface CompositeItem {
  referenceId: string;
  httpStatusCode: number;
  body: unknown;
}

type Row = Record<string, unknown>;

/** The preflight's one SOQL, for the given permission fields. */
export const permissionsSoql = (fields: readonly string[]) => `SELECT ${fields.join(', ')} FROM UserPermissionAccess`;

const ORGANIZATION_SOQL = `SELECT ${selectList('Organization', undefined, ['Id', 'Name'])} FROM Organization`;

/**
 * One composite call: the running user's permissions
 * (UserPermissionAccess), the describe of UserPermissionAccess (which Permissions* fields this org has)
 * and the describe of UserPackageLicense (its `createable` says whether the user may assign licences).
 * When the org rejects a permission field anyway, one more query selects only the fields its describe
 * lists. The daily API allowance comes from that call's `Sforce-Limit-Info` header, which Salesforce sends
 * on every REST answer (REST API Developer Guide, "Limit Info Header", headers_api_usage.htm): the `/limits`
 * resource is not among those the Composite resource documents as supported subrequests. Nothing here
 * stops the audit; what could not be read is reported instead. `withOrganization` adds the Organization's Id and
 * Name to the same call (doctor names the org it checked).
 */
export async function runPreflight(client: OrgClient, { withOrganization = false } = {}): Promise<Preflight> {
  const base = client.dataPath;
  const problems: string[] = [];
  let items: CompositeItem[];
  try {
    ({ compositeResponse: items } = await client.post<{ compositeResponse: CompositeItem[] }>('/composite', {
      allOrNone: false,
      compositeRequest: [
        {
          method: 'GET',
          url: `${base}/query?q=${encodeURIComponent(permissionsSoql(USER_PERMISSION_FIELDS))}`,
          referenceId: 'permissions',
        },
        { method: 'GET', url: `${base}/sobjects/UserPermissionAccess/describe`, referenceId: 'permissionFields' },
        { method: 'GET', url: `${base}/sobjects/UserPackageLicense/describe`, referenceId: 'licenceDescribe' },
        ...(withOrganization
          ? [{ method: 'GET', url: `${base}/query?q=${encodeURIComponent(ORGANIZATION_SOQL)}`, referenceId: 'organization' }]
          : []),
      ],
    }));
  } catch (error) {
    if (error instanceof AuditError) throw error;
    const problems = [`preflight: ${describeSalesforceError(error)}`];
    return { permissions: null, budget: null, problems, ...(withOrganization ? { organization: null } : {}) };
  }
  const item = (id: string) => items.find((candidate) => candidate.referenceId === id);
  const ok = (id: string) => (item(id)?.httpStatusCode === 200 ? item(id)!.body : undefined);
  const failure = (what: string, body: unknown) => problems.push(`${what}: ${describeSalesforceError(body)}`);

  const usage = client.apiUsage;
  if (!usage) problems.push('API budget: the org sent no Sforce-Limit-Info header');

  const listed = (ok('permissionFields') as { fields?: Array<{ name: string }> } | undefined)?.fields?.map((field) => field.name);
  const read = await readPermissions(client, item('permissions'), listed, problems);
  const licence = ok('licenceDescribe') as { createable?: boolean } | undefined;
  if (!licence) failure('whether the running user may assign package licences', item('licenceDescribe')?.body);

  const permissions: Partial<Record<Grant, boolean>> = { ...read };
  if (typeof licence?.createable === 'boolean') permissions.CreateUserPackageLicense = licence.createable;
  let organization: PreflightOrg | null | undefined;
  if (withOrganization) {
    const row = (ok('organization') as { records?: Row[] } | undefined)?.records?.[0];
    organization = row ? { id: String(row.Id), name: String(row.Name) } : null;
  }
  return {
    budget: usage ? { used: usage.used, max: usage.max, remaining: Math.max(0, usage.max - usage.used) } : null,
    permissions: Object.keys(permissions).length ? permissions : null,
    problems,
    ...(withOrganization ? { organization } : {}),
  };
}

/** The permission flags read; on INVALID_FIELD, one retry with the fields the org's describe lists. */
async function readPermissions(
  client: OrgClient,
  first: CompositeItem | undefined,
  listed: string[] | undefined,
  problems: string[],
): Promise<Partial<Record<UserPermission, boolean>>> {
  let fields: readonly UserPermission[] = USER_PERMISSION_FIELDS;
  let row: Row | undefined;
  if (first?.httpStatusCode === 200) row = (first.body as { records: Row[] }).records[0];
  else if (rejectionOf(first?.body).errorCode === 'INVALID_FIELD' && listed) {
    fields = USER_PERMISSION_FIELDS.filter((field) => listed.includes(field));
    try {
      if (fields.length) row = (await client.get<{ records: Row[] }>(`/query?q=${encodeURIComponent(permissionsSoql(fields))}`)).records[0];
    } catch (error) {
      if (error instanceof AuditError) throw error;
      problems.push(`running user permissions: ${describeSalesforceError(error)}`);
      return {};
    }
  } else {
    problems.push(`running user permissions: ${describeSalesforceError(first?.body)}`);
    return {};
  }
  const unlisted = USER_PERMISSION_FIELDS.filter((field) => !fields.includes(field));
  if (unlisted.length)
    problems.push(`running user permissions: this org's UserPermissionAccess has no ${unlisted.join(', ')}; not checked`);
  if (!row) return {};
  return Object.fromEntries(fields.map((field): [UserPermission, boolean] => [field, row[field] === true]));
}
