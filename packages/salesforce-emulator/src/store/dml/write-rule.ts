import type { Catalog } from '../../schema/catalog.js';
import type { ObjectDef } from '../../schema/types.js';
import type { Row } from '../row.js';
import type { Store } from '../store.js';

export interface WriteContext {
  store: Store;
  catalog: Catalog;
  /** The stored row of another record, by sObject and Id (not a copy: do not mutate). */
  find(sobject: string, id: unknown): Row | undefined;
  /** Rows of `sobject` whose reference `field` equals `id` (index lookup). */
  children(sobject: string, field: string, id: string): Row[];
  /** Deletes a record through the full delete path (rules and cascades included). */
  deleteRecord(def: ObjectDef, id: string): void;
  /** Sets fields on a record without write checks (system-maintained values). */
  systemSet(sobject: string, id: string, patch: Row): void;
}

/**
 * The org's own rules for one sObject, beyond field-level checks. Hooks see the complete row;
 * `before*` hooks may refuse by throwing SalesforceApiError, beforeCreate may fill derived fields.
 */
export interface WriteRule {
  sobjects: string[];
  /** Sees the raw request body before the field checks (for objects that take only some fields). */
  checkBody?(body: Record<string, unknown>, mode: 'create' | 'update'): void;
  beforeCreate?(ctx: WriteContext, row: Row): void;
  beforeUpdate?(ctx: WriteContext, after: Row, before: Row): void;
  beforeDelete?(ctx: WriteContext, row: Row): void;
  afterCreate?(ctx: WriteContext, row: Row): void;
  afterDelete?(ctx: WriteContext, row: Row): void;
}
