/** The one door to an org: every read and write of the audit, preflight, fixer and rollback goes through here. */
export { OrgClient, type OrgClientOptions, type OrgConnection, type Subrequest, type SubResponse } from './org-client.js';
export { compositeBatches, MAX_HEAVY_SUBREQUESTS, MAX_SUBREQUESTS } from './composite-limits.js';
export { compositeRef, isCompositeRef, referencedId, resolveRefs } from './composite-ref.js';
export { runNamedQueries } from './named-queries.js';
export { readRemainingPages, type QueryPage } from './query-pages.js';
export { idKey, sameId } from './record-id.js';
export { describeSalesforceError } from './salesforce-error.js';
export { soqlLikePrefix, soqlList, soqlString } from './soql.js';
