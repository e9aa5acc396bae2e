import { soqlList } from '../../org/index.js';

/**
 * The longest subrequest URL a fallback builds. Salesforce allows 16,384 bytes for the URI and headers
 * together and answers 414 beyond (Salesforce Help, knowledge article 000386264); 10,000 leaves room
 * for the headers.
 */
export const MAX_QUERY_URL_LENGTH = 10_000;

/**
 * `statement(list)` for as few lists of `values` as keep every encoded query URL within the limit;
 * none when there are no values (`IN ()` is not SOQL, and there is nothing to read).
 */
export function inListStatements(dataPath: string, statement: (list: string) => string, values: Iterable<string>): string[] {
  const all = [...new Set(values)];
  const fits = (chunk: string[]) => `${dataPath}/query?q=${encodeURIComponent(statement(soqlList(chunk)))}`.length <= MAX_QUERY_URL_LENGTH;
  const statements: string[] = [];
  let chunk: string[] = [];
  for (const value of all) {
    if (chunk.length && !fits([...chunk, value])) {
      statements.push(statement(soqlList(chunk)));
      chunk = [];
    }
    chunk.push(value);
  }
  if (chunk.length) statements.push(statement(soqlList(chunk)));
  return statements;
}
