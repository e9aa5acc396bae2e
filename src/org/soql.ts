/**
 * SOQL literals. A string literal escapes backslash and single quote (SOQL reference, "Quoted String
 * Escape Sequences"); backslash first, so the backslashes added for quotes are not doubled again.
 */
const escape = (value: string): string => value.replace(/\\/g, '\\\\').replace(/'/g, "\\'");

export function soqlString(value: string): string {
  return `'${escape(value)}'`;
}

export function soqlList(values: Iterable<string>): string {
  return `(${[...values].map(soqlString).join(', ')})`;
}

/** A LIKE prefix pattern: `_` and `%` in the prefix are matched literally. */
export function soqlLikePrefix(prefix: string): string {
  return `'${escape(prefix).replace(/[_%]/g, (c) => `\\${c}`)}%'`;
}
