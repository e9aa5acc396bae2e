import type { RestHandler } from './rest-call.js';
import { resources } from './resources.js';
import { queryAllRows, queryMore, queryRows } from './query.js';
import { describeGlobal, describeSObject, sobjectInfo } from './describe.js';
import { createRecord, deleteRecord, retrieveRecord, updateRecord } from './records.js';
import { composite } from './composite.js';
import { collectionCreate, collectionDelete, collectionRetrieve, collectionUpdate } from './collections.js';
import { limits } from './limits.js';

/** One REST resource: a path pattern below the version base and a handler per HTTP method. */
export interface RestRoute {
  pattern: RegExp;
  methods: Record<string, RestHandler>;
  /** Resources served on the data API only (none of these exist under /tooling). */
  dataOnly?: boolean;
  /** Composite: its subrequests are the server's work, not the envelope (see http/server-time.ts). */
  runsSubrequests?: boolean;
}

/** The explicit registry of REST resources, matched in order. */
export const restRoutes: RestRoute[] = [
  { pattern: /^\/?$/, methods: { GET: resources } },
  { pattern: /^\/query\/?$/, methods: { GET: queryRows } },
  { pattern: /^\/queryAll\/?$/, methods: { GET: queryAllRows } },
  // jsforce always fetches next pages under /query/, but /queryAll/<locator> is served too.
  { pattern: /^\/(?:query|queryAll)\/([^/]+)$/, methods: { GET: queryMore } },
  { pattern: /^\/sobjects\/?$/, methods: { GET: describeGlobal } },
  { pattern: /^\/sobjects\/([^/]+)\/?$/, methods: { GET: sobjectInfo, POST: createRecord } },
  { pattern: /^\/sobjects\/([^/]+)\/describe\/?$/, methods: { GET: describeSObject } },
  {
    pattern: /^\/sobjects\/([^/]+)\/([^/]+)$/,
    methods: { GET: retrieveRecord, PATCH: updateRecord, DELETE: deleteRecord },
  },
  { pattern: /^\/composite\/?$/, methods: { POST: composite }, runsSubrequests: true },
  {
    pattern: /^\/composite\/sobjects\/?$/,
    methods: { POST: collectionCreate, PATCH: collectionUpdate, DELETE: collectionDelete },
  },
  { pattern: /^\/composite\/sobjects\/([^/]+)$/, methods: { GET: collectionRetrieve, POST: collectionRetrieve } },
  { pattern: /^\/limits\/?$/, methods: { GET: limits }, dataOnly: true },
];
