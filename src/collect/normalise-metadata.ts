/**
 * jsforce casts only the fields its v47 schema knows; newer ones arrive as "true"/"false" strings.
 * Rules see clean types, so booleans are normalised here. A result with only `fullName` (or none)
 * means the component does not exist.
 */
export function normaliseMetadata(component: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!component || typeof component.fullName !== 'string') return undefined;
  const keys = Object.keys(component).filter((key) => key !== '$');
  if (keys.length <= 1) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = component[key];
    out[key] = value === 'true' ? true : value === 'false' ? false : value;
  }
  return out;
}
