/** A stored record: canonical field names, values in the form Salesforce returns them. */
export type Row = Record<string, unknown>;

/** A copy that shares no mutable object with the store. */
export function cloneRow(row: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) out[k] = v !== null && typeof v === 'object' ? structuredClone(v) : v;
  return out;
}
