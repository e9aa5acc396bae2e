import { describe, expect, it } from 'vitest';
import { inListStatements, MAX_QUERY_URL_LENGTH } from '../../src/collect/degrade/id-chunks.js';

describe('inListStatements', () => {
  const statement = (list: string) => `SELECT Id FROM User WHERE Id IN ${list}`;
  const ids = Array.from({ length: 2000 }, (_, i) => `005${String(i).padStart(15, '0')}`);

  it('splits an Id list so that every query URL stays within the limit, losing and repeating none', () => {
    const statements = inListStatements('/services/data/v62.0', statement, ids);
    expect(statements.length).toBeGreaterThan(1);
    for (const soql of statements)
      expect(`/services/data/v62.0/query?q=${encodeURIComponent(soql)}`.length).toBeLessThanOrEqual(MAX_QUERY_URL_LENGTH);
    expect(statements.flatMap((soql) => soql.match(/005\d{15}/g))).toEqual(ids);
  });

  it('sends nothing for no Ids', () => {
    expect(inListStatements('/services/data/v62.0', statement, [])).toEqual([]);
  });
});
