import type { ApiSurface } from '../org-data.js';
import type { Catalog } from '../schema/catalog.js';
import type { Store } from '../store/store.js';

export interface QueryContext {
  store: Store;
  catalog: Catalog;
  api: ApiSurface;
  apiVersion: string;
  /** Filled while a query runs, so tests can check that indexes were used. */
  stats: QueryStats;
}

export interface QueryStats {
  /** The index used to pick candidate rows of the outer query, e.g. `ParentId`, or null for a scan. */
  index: string | null;
  /** How many outer rows were tested against the WHERE clause. */
  rowsExamined: number;
}
