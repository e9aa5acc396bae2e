/** A SOQL string literal: backslash and quote escaped, as Salesforce requires. */
export function soqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function soqlList(values: readonly string[]): string {
  return `(${values.map(soqlString).join(', ')})`;
}

/** A LIKE prefix pattern: `_` and `%` in the prefix are matched literally. */
export function soqlLikePrefix(prefix: string): string {
  const escaped = prefix.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/[_%]/g, (c) => `\\${c}`);
  return `'${escaped}%'`;
}
