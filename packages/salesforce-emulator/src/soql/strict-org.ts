import type { DescribeResult } from '@juston-audit/org-snapshot';
import type { Query } from '@jetstreamapp/soql-parser-js';
import type { ApiSurface, OrgData } from '../org-data.js';
import { SalesforceApiError } from '../api-error.js';
import { parseSoql } from './parse.js';
import { unknownChildRelationship, unknownField } from './errors.js';

/** A stricter org than the default: what some real orgs refuse, to test a client's fallbacks. */
export interface StrictOrg {
  /** `Object.Field`s this org does not have: left out of the describe, INVALID_FIELD when selected. */
  rejectFields?: string[];
  /** sObjects a semi-join sub-select may not read from. */
  noSemiJoinInto?: string[];
  /** Refuse every parent-to-child subquery, as for a relationship the org does not support. */
  noChildSubqueries?: boolean;
}

/**
 * Wraps an org so that it answers as a stricter one. Codes: INVALID_FIELD for an unknown column and
 * INVALID_TYPE for an unknown child relationship, as Salesforce answers (SOQL guide, errorcodes.htm);
 * the semi-join refusal's code and wording are [unverified].
 */
export function strictOrgData<T extends OrgData>(org: T, strict: StrictOrg): T {
  const rejected = new Set(strict.rejectFields ?? []);
  const check = (soql: string, api: ApiSurface) => {
    const query = parseSoql(soql);
    checkQuery({ org, api, rejected, strict }, query, query.sObject ?? '');
  };
  return new Proxy(org, {
    get(target, property, receiver) {
      if (property === 'query') {
        return (soql: string, options: Parameters<OrgData['query']>[1]) => {
          check(soql, options.api);
          return target.query(soql, options);
        };
      }
      if (property === 'describe') {
        return (sobject: string, api: Parameters<OrgData['describe']>[1]): DescribeResult => {
          const describe = target.describe(sobject, api);
          return { ...describe, fields: describe.fields.filter((field) => !rejected.has(`${describe.name}.${field.name}`)) };
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

type Item = NonNullable<Query['fields']>[number];

interface Check {
  org: OrgData;
  api: ApiSurface;
  rejected: Set<string>;
  strict: StrictOrg;
}

function checkQuery(check: Check, query: Query, sobject: string): void {
  const { strict } = check;
  for (const item of query.fields ?? []) checkItem(check, item, sobject);
  visitSemiJoins(query.where, (inner) => {
    if (strict.noSemiJoinInto?.includes(inner.sObject ?? '')) {
      throw new SalesforceApiError(
        'INVALID_QUERY_FILTER_OPERATOR',
        `Entity '${inner.sObject}' is not supported for semi join inner selects`,
      );
    }
  });
}

function checkItem(check: Check, item: Item, sobject: string): void {
  const { org, api, rejected, strict } = check;
  if (item.type === 'Field' && rejected.has(`${sobject}.${item.field}`)) throw unknownField(item.field, sobject);
  if (item.type === 'FieldRelationship' && item.relationships.length === 1) {
    const target = referenceTarget(org.describe(sobject, api), item.relationships[0]);
    if (target && rejected.has(`${target}.${item.field}`)) throw unknownField(`${item.relationships[0]}.${item.field}`, sobject);
  }
  if (item.type === 'FieldSubquery') {
    const relationship = item.subquery.relationshipName;
    if (strict.noChildSubqueries) throw unknownChildRelationship(relationship);
    const children = org.describe(sobject, api).childRelationships as Array<{ relationshipName: string; childSObject: string }> | undefined;
    const child = children?.find((c) => c.relationshipName === relationship)?.childSObject;
    if (child) for (const inner of item.subquery.fields ?? []) checkItem(check, inner, child);
  }
}

function referenceTarget(describe: DescribeResult, relationship: string): string | undefined {
  const field = describe.fields.find((candidate) => candidate.relationshipName === relationship);
  return (field?.referenceTo as string[] | undefined)?.[0];
}

function visitSemiJoins(where: unknown, visit: (inner: Query) => void): void {
  if (!where || typeof where !== 'object') return;
  const clause = where as { left?: { valueQuery?: Query }; right?: unknown };
  if (clause.left?.valueQuery) visit(clause.left.valueQuery);
  visitSemiJoins(clause.right, visit);
}
