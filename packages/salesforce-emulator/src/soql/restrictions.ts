import type { FieldType as SelectItem } from '@jetstreamapp/soql-parser-js';
import type { ObjectDef } from '../schema/types.js';
import { malformed } from './errors.js';
import type { BoolExpr } from './where-tree.js';

/** True when a top-level conjunct filters Id with =, IN or NOT IN on literal values. */
function filtersById(tree: BoolExpr | undefined): boolean {
  if (!tree) return false;
  const conjuncts = tree.kind === 'and' ? tree.items : [tree];
  return conjuncts.some((c) => {
    if (c.kind !== 'cond') return false;
    const cond = c.cond as { field?: string; operator: string; valueQuery?: unknown };
    return cond.field?.toLowerCase() === 'id' && !cond.valueQuery && ['=', 'IN', 'NOT IN'].includes(cond.operator.toUpperCase());
  });
}

/**
 * Tooling SubscriberPackage and SubscriberPackageVersion can only be queried with a filter on Id
 * (Salesforce: "Implementation restriction", MALFORMED_QUERY) [unverified wording, community].
 */
export function checkObjectRestrictions(def: ObjectDef, tree: BoolExpr | undefined): void {
  if (def.queryRestriction === 'requires-id-filter' && !filtersById(tree)) {
    throw malformed(
      `Implementation restriction: ${def.name} requires a filter by Id. When querying ${def.name}, filter using Id = [single Id], Id IN [list of Ids] or Id NOT IN [list of Ids].`,
    );
  }
}

/**
 * Tooling objects' FullName and Metadata columns can be selected only for a single row (TOOL
 * tooling_api_objects_remoteproxy.htm: "queryable only when the result has at most one row"); the wording
 * below is Salesforce's as reported publicly [community].
 */
export function checkMetadataRowLimit(def: ObjectDef, items: SelectItem[], rowCount: number): void {
  const selectsMetadata = items.some((i) => i.type === 'Field' && ['fullname', 'metadata'].includes(i.field.toLowerCase()));
  if (def.apis.includes('tooling') && selectsMetadata && rowCount > 1) {
    throw malformed(
      `When retrieving results with Metadata or FullName fields, the query qualifications must specify no more than one row for retrieval. Result size: ${rowCount}`,
    );
  }
}
