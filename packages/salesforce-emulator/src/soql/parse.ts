import { parseQuery, type Query } from '@jetstreamapp/soql-parser-js';
import { malformed } from './errors.js';

/** Parses SOQL; anything the parser rejects is MALFORMED_QUERY, as Salesforce answers. */
export function parseSoql(soql: string): Query {
  try {
    return parseQuery(soql);
  } catch (err) {
    throw malformed(err instanceof Error ? err.message : String(err));
  }
}
