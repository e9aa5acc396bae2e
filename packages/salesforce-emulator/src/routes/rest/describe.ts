import type { DescribeResult } from '@juston-audit/org-snapshot';
import { basePath, type RestCall, type RestResult } from './rest-call.js';

/** Global-describe properties copied from a full describe when present, with Salesforce-like defaults. */
const GLOBAL_DEFAULTS: Record<string, unknown> = {
  activateable: false,
  createable: true,
  custom: false,
  customSetting: false,
  deletable: true,
  deprecatedAndHidden: false,
  feedEnabled: false,
  keyPrefix: null,
  label: '',
  labelPlural: '',
  layoutable: true,
  mergeable: false,
  mruEnabled: false,
  queryable: true,
  replicateable: true,
  retrieveable: true,
  searchable: true,
  triggerable: true,
  undeletable: false,
  updateable: true,
};

export function describeSObject(call: RestCall, [name]: string[]): RestResult {
  const describe = forRunningUser(call, call.ctx.org.describe(name, call.api));
  return { status: 200, body: { ...describe, urls: { ...inRequestVersion(call, describe.urls), ...urlsOf(call, describe.name) } } };
}

/**
 * A captured describe's other urls (layouts, compactLayouts, …) with the request's version: Salesforce's
 * describe answers name the version asked for (REST API guide, dome_sobject_describe.htm: a v68.0 request
 * answers `"sobject" : "/services/data/v68.0/sobjects/Account"`).
 */
function inRequestVersion(call: RestCall, urls: unknown): Record<string, unknown> {
  const entries = Object.entries(urls && typeof urls === 'object' ? urls : {});
  return Object.fromEntries(
    entries.map(([key, url]) => [
      key,
      typeof url === 'string' ? url.replace(/\/services\/data\/v\d+\.\d+\//, `/services/data/v${call.version}/`) : url,
    ]),
  );
}

/**
 * A describe's `createable` reflects the running user's access (REST resources_sobject_describe.htm).
 * Assigning package licences needs "Manage Package Licenses", a permission no API field exposes; the
 * emulator grants it with Modify All Data, which implies every user permission [unverified].
 */
function forRunningUser(call: RestCall, describe: DescribeResult): DescribeResult {
  if (describe.name !== 'UserPackageLicense' || call.api !== 'data' || describe.createable === false) return describe;
  const [row] = call.ctx.org.query('SELECT PermissionsModifyAllData FROM UserPermissionAccess', { api: 'data' }).records;
  return { ...describe, createable: row?.PermissionsModifyAllData === true };
}

export function describeGlobal(call: RestCall): RestResult {
  const sobjects = call.ctx.org.listSObjects(call.api).map((name) => summary(call, name));
  return { status: 200, body: { encoding: 'UTF-8', maxBatchSize: 200, sobjects } };
}

/** `GET sobjects/X`: basic information; the emulator keeps no recent items. */
export function sobjectInfo(call: RestCall, [name]: string[]): RestResult {
  const describe = call.ctx.org.describe(name, call.api);
  return { status: 200, body: { objectDescribe: summaryOf(call, describe), recentItems: [] } };
}

function summary(call: RestCall, name: string): Record<string, unknown> {
  try {
    return summaryOf(call, call.ctx.org.describe(name, call.api));
  } catch {
    return summaryOf(call, { name, label: name, fields: [] });
  }
}

function summaryOf(call: RestCall, describe: DescribeResult): Record<string, unknown> {
  const entry: Record<string, unknown> = { name: describe.name };
  for (const [key, fallback] of Object.entries(GLOBAL_DEFAULTS)) {
    entry[key] = key in describe ? describe[key] : fallback;
  }
  if (!entry.label) entry.label = describe.name;
  if (!entry.labelPlural) entry.labelPlural = entry.label;
  entry.custom = describe.name.endsWith('__c') || entry.custom === true;
  entry.urls = urlsOf(call, describe.name);
  return entry;
}

/** The request's own version and API surface (`/tooling` for Tooling describes). */
function urlsOf(call: RestCall, name: string): Record<string, string> {
  const sobject = `${basePath(call)}/sobjects/${name}`;
  return { sobject, describe: `${sobject}/describe`, rowTemplate: `${sobject}/{ID}` };
}
