/**
 * Salesforce record Ids come as 15 characters (case-sensitive) or 18 (the same plus a checksum suffix);
 * the first 15 identify the record, so Ids are compared and keyed on those.
 */
export function idKey(id: unknown): string {
  return String(id ?? '').slice(0, 15);
}

export function sameId(a: unknown, b: unknown): boolean {
  return typeof a === 'string' && typeof b === 'string' && idKey(a) === idKey(b);
}
