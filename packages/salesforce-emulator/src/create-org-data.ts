import type { Snapshot } from '@juston-audit/org-snapshot';
import { SalesforceApiError } from './api-error.js';
import type { ApiSurface, OrgData } from './org-data.js';
import { runningUserPermissions } from './running-user-permissions.js';
import { describeObject } from './schema/describe.js';
import type { QueryContext, QueryStats } from './soql/context.js';
import { queryColumns } from './soql/query-columns.js';
import { runQuery } from './soql/run-query.js';
import { Writer } from './store/dml/writer.js';
import { loadRecords } from './store/load-records.js';
import { MetadataStore } from './store/metadata-store.js';
import { retrieveRecord } from './store/retrieve.js';
import { writeRules } from './store/write-rules/index.js';
import { dateShift } from './store/shift-dates.js';
import { toSnapshot } from './store/to-snapshot.js';

export interface OrgDataOptions {
  /**
   * Version used in record `attributes.url` (`/services/data/v{apiVersion}/sobjects/…`) when a query or
   * retrieve names none (the HTTP routes pass the version of the request's path). Default '62.0'.
   */
  apiVersion?: string;
  /** The user written into CreatedById/LastModifiedById; default the first active user. */
  userId?: string;
  /**
   * Serve the snapshot as if captured on this day: every date and datetime moves forward by the whole
   * days since its capturedAt (store/shift-dates.ts), so a sample's "last week" stays last week.
   */
  shiftDatesTo?: Date;
}

/**
 * The live org for a snapshot. query() with includeDeleted behaves like query(): deleted rows are
 * not kept (only their Ids, to answer ENTITY_IS_DELETED).
 */
export function createOrgData(input: Snapshot, options: OrgDataOptions = {}): OrgData {
  // loadRecords copies the rows; the rest is small and copied here, so the caller's object stays untouched
  const records = input.records ?? {};
  const moved = options.shiftDatesTo ? dateShift(input.capturedAt, options.shiftDatesTo) : null;
  const snapshot: Snapshot = {
    ...input,
    capturedAt: moved?.capturedAt ?? input.capturedAt,
    describe: structuredClone(input.describe ?? {}),
    records: records.UserPermissionAccess ? records : { ...records, UserPermissionAccess: [runningUserPermissions(input, options.userId)] },
    tooling: input.tooling ?? {},
  };
  const apiVersion = options.apiVersion ?? '62.0';
  const store = loadRecords(snapshot, moved?.shift);
  const { catalog } = store;
  const metadata = new MetadataStore(structuredClone(input.metadata ?? {}), store);
  const userId = () => {
    if (options.userId) return options.userId;
    const users = store.table(catalog.object('User')!).scan();
    return (users.find((u) => u.IsActive !== false)?.Id as string | undefined) ?? null;
  };
  const writer = new Writer(store, writeRules, userId);
  const orgRow = store.table(catalog.object('Organization')!).scan()[0];
  let lastQueryStats: QueryStats = { index: null, rowsExamined: 0 };

  const describe = (sobject: string, api: ApiSurface) => {
    const def = catalog.object(sobject, api);
    if (!def) throw new SalesforceApiError('NOT_FOUND', 'The requested resource does not exist', 404);
    const stored = Object.values(snapshot.describe).find((d) => d.name === def.name);
    return stored ? structuredClone(stored) : describeObject(def, apiVersion);
  };

  return {
    organizationId: (orgRow?.Id as string | undefined) ?? '00D000000000001AAA',
    get lastQueryStats() {
      return lastQueryStats;
    },
    query(soql, { api, apiVersion: requested }) {
      const ctx: QueryContext = { store, catalog, api, apiVersion: requested ?? apiVersion, stats: { index: null, rowsExamined: 0 } };
      try {
        return runQuery(ctx, soql);
      } finally {
        lastQueryStats = ctx.stats;
      }
    },
    queryColumns: (soql, { api }) => queryColumns({ store, catalog, api, apiVersion, stats: { index: null, rowsExamined: 0 } }, soql),
    describe,
    listSObjects: (api) => catalog.list(api),
    retrieve: (sobject, id, fields, api, requested) => retrieveRecord(store, sobject, id, fields, api, requested ?? apiVersion),
    create: (sobject, fields, api) => writer.create(sobject, fields, api),
    update: (sobject, id, fields, api) => writer.update(sobject, id, fields, api),
    delete: (sobject, id, api) => writer.delete(sobject, id, api),
    transaction: (fn) => store.transaction(fn),
    readMetadata: (type, fullNames) => metadata.read(type, fullNames),
    updateMetadata: (type, components) => metadata.update(type, components),
    toSnapshot: () => {
      const state = toSnapshot(store, metadata, snapshot);
      // The derived running-user row is the emulator's, not the org's data.
      if (!records.UserPermissionAccess) delete state.records.UserPermissionAccess;
      return state;
    },
  };
}
