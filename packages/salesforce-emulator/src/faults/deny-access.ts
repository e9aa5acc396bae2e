import { SalesforceApiError } from '../api-error.js';
import type { OrgData } from '../org-data.js';

/** The sObjects the running user may not use during the current request (lower case). */
export interface AccessDenials {
  denied(): ReadonlySet<string>;
}

/** Every sObject named after a FROM: the main query and semi-joins. */
function sobjectsQueried(soql: string): string[] {
  return [...soql.matchAll(/\bFROM\s+([A-Za-z_][\w]*)/gi)].map((m) => m[1].toLowerCase());
}

// Salesforce refuses a query on an object the user cannot see with INSUFFICIENT_ACCESS; the status 403
// matches the collector's existing expectation [unverified: some orgs answer INVALID_TYPE 400 instead].
const readDenied = () => new SalesforceApiError('INSUFFICIENT_ACCESS', 'insufficient access rights on object id', 403);
const writeDenied = () => new SalesforceApiError('INSUFFICIENT_ACCESS_OR_READONLY', 'insufficient access rights on object id', 400);

/**
 * The org as the routes see it when faults are possible: the same data layer, except that queries and
 * writes touching a denied sObject throw. Reads of what is allowed pass through untouched.
 */
export function guardOrgData(org: OrgData, denials: AccessDenials): OrgData {
  const check = (names: string[], error: () => SalesforceApiError) => {
    const denied = denials.denied();
    if (denied.size && names.some((name) => denied.has(name.toLowerCase()))) throw error();
  };
  const guarded: OrgData = Object.create(org) as OrgData;
  return Object.assign(guarded, {
    query: (soql: string, options: Parameters<OrgData['query']>[1]) => {
      check(sobjectsQueried(soql), readDenied);
      return org.query(soql, options);
    },
    queryColumns: (soql: string, options: Parameters<OrgData['queryColumns']>[1]) => {
      check(sobjectsQueried(soql), readDenied);
      return org.queryColumns(soql, options);
    },
    create: (sobject: string, fields: Record<string, unknown>, api: Parameters<OrgData['create']>[2]) => {
      check([sobject], writeDenied);
      return org.create(sobject, fields, api);
    },
    update: (sobject: string, id: string, fields: Record<string, unknown>, api: Parameters<OrgData['update']>[3]) => {
      check([sobject], writeDenied);
      org.update(sobject, id, fields, api);
    },
    delete: (sobject: string, id: string, api: Parameters<OrgData['delete']>[2]) => {
      check([sobject], writeDenied);
      org.delete(sobject, id, api);
    },
  });
}
