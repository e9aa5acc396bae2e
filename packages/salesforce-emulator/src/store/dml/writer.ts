import { SalesforceApiError } from '../../api-error.js';
import type { ApiSurface } from '../../org-data.js';
import type { ObjectDef } from '../../schema/types.js';
import { formatDatetime } from '../coerce.js';
import type { Row } from '../row.js';
import type { Store } from '../store.js';
import { checkFields, checkRequired, withDefaults } from './field-checks.js';
import { checkReferences } from './references.js';
import type { WriteContext, WriteRule } from './write-rule.js';

const notFound = () => new SalesforceApiError('NOT_FOUND', 'The requested resource does not exist', 404);

/**
 * "entity type X does not support insert": the SOAP StatusCode INVALID_TYPE_FOR_OPERATION, as
 * public error reports show it for unsupported calls ("entity type does not support merge")
 * [community]; the exact REST answer for a non-createable sObject is [unverified].
 */
const unsupported = (def: ObjectDef, call: string) =>
  new SalesforceApiError('INVALID_TYPE_FOR_OPERATION', `entity type ${def.name} does not support ${call}`);

/** create/update/delete with field checks and the org's write rules; each call is atomic. */
export class Writer {
  private readonly ctx: WriteContext;

  constructor(
    private readonly store: Store,
    private readonly rules: readonly WriteRule[],
    private readonly userId: () => string | null,
  ) {
    const catalog = store.catalog;
    this.ctx = {
      store,
      catalog,
      find: (sobject, id) => {
        const def = catalog.object(sobject);
        return def && typeof id === 'string' ? store.get(def, id) : undefined;
      },
      children: (sobject, field, id) => {
        const def = catalog.object(sobject);
        return def ? store.table(def).lookup(field, [id]) : [];
      },
      deleteRecord: (def, id) => this.deleteRow(def, store.get(def, id)!),
      systemSet: (sobject, id, patch) => store.set(catalog.object(sobject)!, id, patch),
    };
  }

  objectFor(sobject: string, api: ApiSurface): ObjectDef {
    const def = this.store.catalog.object(sobject, api);
    if (!def) throw notFound();
    return def;
  }

  create(sobject: string, body: Record<string, unknown>, api: ApiSurface): string {
    const def = this.objectFor(sobject, api);
    if (!def.createable) throw unsupported(def, 'insert');
    return this.store.transaction(() => {
      for (const r of this.rulesFor(def)) r.checkBody?.(body, 'create');
      const patch = checkFields(this.store.catalog, def, body, 'create');
      const row = withDefaults(def, patch);
      checkRequired(def, row, 'create', patch);
      checkReferences(this.store, def, row);
      for (const r of this.rulesFor(def)) r.beforeCreate?.(this.ctx, row);
      const now = formatDatetime(new Date());
      const user = this.userId();
      row.Id = this.store.ids.next(def.keyPrefix);
      for (const [f, v] of [
        ['CreatedDate', now],
        ['LastModifiedDate', now],
        ['SystemModstamp', now],
        ['CreatedById', user],
        ['LastModifiedById', user],
      ] as const) {
        if (this.store.catalog.field(def, f)) row[f] = v;
      }
      this.store.insert(def, row);
      for (const r of this.rulesFor(def)) r.afterCreate?.(this.ctx, row);
      return row.Id as string;
    });
  }

  update(sobject: string, id: string, body: Record<string, unknown>, api: ApiSurface): void {
    const def = this.objectFor(sobject, api);
    if (!def.updateable) throw unsupported(def, 'update');
    const before = this.existing(def, id);
    this.store.transaction(() => {
      for (const r of this.rulesFor(def)) r.checkBody?.(body, 'update');
      const patch = checkFields(this.store.catalog, def, body, 'update');
      checkRequired(def, before, 'update', patch);
      checkReferences(this.store, def, patch);
      const after = { ...before, ...patch };
      for (const r of this.rulesFor(def)) r.beforeUpdate?.(this.ctx, after, { ...before });
      if (this.store.catalog.field(def, 'LastModifiedDate')) {
        const now = formatDatetime(new Date());
        Object.assign(patch, { LastModifiedDate: now, SystemModstamp: now, LastModifiedById: this.userId() });
      }
      this.store.set(def, id, patch);
    });
  }

  delete(sobject: string, id: string, api: ApiSurface): void {
    const def = this.objectFor(sobject, api);
    if (!def.deletable) throw unsupported(def, 'delete');
    const row = this.existing(def, id);
    this.store.transaction(() => this.deleteRow(def, row));
  }

  private deleteRow(def: ObjectDef, row: Row): void {
    for (const r of this.rulesFor(def)) r.beforeDelete?.(this.ctx, row);
    this.store.remove(def, row.Id as string);
    this.store.markDeleted(row.Id as string);
    for (const r of this.rulesFor(def)) r.afterDelete?.(this.ctx, row);
  }

  /** ENTITY_IS_DELETED for an Id deleted earlier in this session, else 404 NOT_FOUND. */
  private existing(def: ObjectDef, id: string): Row {
    const row = this.store.get(def, id);
    if (row) return row;
    if (this.store.wasDeleted(id)) throw new SalesforceApiError('ENTITY_IS_DELETED', 'entity is deleted', 400);
    throw notFound();
  }

  private rulesFor(def: ObjectDef): WriteRule[] {
    return this.rules.filter((r) => r.sobjects.includes(def.name));
  }
}
