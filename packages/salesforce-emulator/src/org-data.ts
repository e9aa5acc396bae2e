import type { DescribeResult, Snapshot } from '@juston-audit/org-snapshot';
import type { QueryStats } from './soql/context.js';
import type { QueryColumns } from './soql/query-columns.js';

/** Which API a request came through: the data API (`/services/data/vX/…`) or Tooling (`…/tooling/…`). */
export type ApiSurface = 'data' | 'tooling';

/** A record as it goes over the wire: with `attributes {type, url}`, relationship fields nested. */
export type WireRecord = Record<string, unknown> & { attributes: { type: string; url?: string } };

export interface QueryResult {
  totalSize: number;
  records: WireRecord[];
}

/** The outcome of one metadata write item, as Salesforce's SaveResult. */
export interface MetadataSaveResult {
  fullName: string;
  success: boolean;
  errors: Array<{ message: string; statusCode: string }>;
}

/**
 * The data layer of the emulator: the live org that the HTTP routes read and write.
 * Every method throws SalesforceApiError for what Salesforce refuses, with its errorCode and status.
 * It knows nothing of HTTP, pagination, sessions or API counting; the server does that.
 */
export interface OrgData {
  readonly organizationId: string;

  /**
   * Runs SOQL and returns every matching row (the server pages them). COUNT() gives totalSize and no records.
   * `apiVersion`: the version of the request's path, used in each record's `attributes.url` (default: the org's).
   */
  query(soql: string, options: { api: ApiSurface; includeDeleted?: boolean; apiVersion?: string }): QueryResult;
  /** Index use and rows examined by the last query() call (the server-time model counts the rows). */
  readonly lastQueryStats: QueryStats;

  /** Column metadata of a SOQL statement (`query?q=…&columns=true`), no rows. */
  queryColumns(soql: string, options: { api: ApiSurface }): QueryColumns;

  /** Describe of one sObject; 404 NOT_FOUND "The requested resource does not exist" when unknown. */
  describe(sobject: string, api: ApiSurface): DescribeResult;
  /** Names of every sObject served on that API surface. */
  listSObjects(api: ApiSurface): string[];

  /** `apiVersion` as for query(): the version written into `attributes.url`. */
  retrieve(sobject: string, id: string, fields: string[] | undefined, api: ApiSurface, apiVersion?: string): WireRecord;
  /** Inserts and returns the new 18-character Id. */
  create(sobject: string, fields: Record<string, unknown>, api: ApiSurface): string;
  update(sobject: string, id: string, fields: Record<string, unknown>, api: ApiSurface): void;
  delete(sobject: string, id: string, api: ApiSurface): void;

  /** Runs fn; when fn throws, every change it made is undone and the error rethrown (allOrNone). */
  transaction<T>(fn: () => T): T;

  /** readMetadata: one entry per full name, null where the component does not exist. */
  readMetadata(type: string, fullNames: string[]): Array<Record<string, unknown> | null>;
  /** updateMetadata: merges the given fields into existing components. */
  updateMetadata(type: string, components: Array<Record<string, unknown>>): MetadataSaveResult[];

  /** The org's current state as a snapshot (for tests that diff before and after). */
  toSnapshot(): Snapshot;
}
