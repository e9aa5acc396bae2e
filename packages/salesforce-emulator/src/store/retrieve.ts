import { SalesforceApiError } from '../api-error.js';
import type { ApiSurface, WireRecord } from '../org-data.js';
import { attributesOf } from '../soql/attributes.js';
import { unknownField } from '../soql/errors.js';
import { cloneRow } from './row.js';
import type { Store } from './store.js';

const notFound = () => new SalesforceApiError('NOT_FOUND', 'The requested resource does not exist', 404);

/** GET /sobjects/Type/Id: all fields, or the requested ones (unknown → INVALID_FIELD). */
export function retrieveRecord(
  store: Store,
  sobject: string,
  id: string,
  fields: string[] | undefined,
  api: ApiSurface,
  apiVersion: string,
): WireRecord {
  const def = store.catalog.object(sobject, api);
  if (!def) throw notFound();
  const row = store.get(def, id);
  if (!row) throw notFound();
  const wanted =
    fields && fields.length > 0
      ? fields.map(
          (f) =>
            store.catalog.field(def, f) ??
            (() => {
              throw unknownField(f, def.name);
            })(),
        )
      : def.fields;
  const copy = cloneRow(row);
  const out: WireRecord = { attributes: attributesOf({ api, apiVersion }, def, row.Id) };
  for (const f of wanted) out[f.name] = copy[f.name] ?? null;
  return out;
}
