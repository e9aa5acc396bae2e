/**
 * `@{c1.id}`: in a composite request, the Id of the record that the subrequest (or planned change)
 * `c1` creates; Salesforce resolves it within one request, the fixer across requests.
 */
export const compositeRef = (referenceId: string): string => `@{${referenceId}.id}`;

const ANY_REF = /@\{(\w+)\.id\}/g;
const WHOLE_REF = /^@\{(\w+)\.id\}$/;

export function isCompositeRef(value: unknown): value is string {
  return typeof value === 'string' && WHOLE_REF.test(value);
}

/** The reference id a whole-value reference points at: `c1` for `@{c1.id}`. */
export function referencedId(value: string): string | undefined {
  return WHOLE_REF.exec(value)?.[1];
}

/** Replaces every reference with the Id it stands for, where known. */
export function resolveRefs(value: string, ids: ReadonlyMap<string, string>): string {
  return value.replace(ANY_REF, (whole, key: string) => ids.get(key) ?? whole);
}
