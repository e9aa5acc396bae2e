import { describe, expect, it } from 'vitest';
import { substituteBody, substituteUrl } from '../../src/routes/rest/composite-refs.js';
import { formatLocator, newCursorId, parseLocator } from '../../src/paging/locator.js';
import { effectivePageSize } from '../../src/paging/query-page.js';
import { redactPath } from '../../src/http/request-log.js';

describe('locators, batch size, references and redaction', () => {
  it('formats and parses Salesforce-style locators', () => {
    const id = newCursorId();
    expect(id).toMatch(/^01g[0-9A-Za-z]{15}$/);
    expect(parseLocator(formatLocator(id, 4000))).toEqual({ cursorId: id, offset: 4000 });
    expect(parseLocator(id)).toEqual({ cursorId: id, offset: 0 });
    expect(parseLocator('../etc-1')).toBeUndefined();
  });

  it('clamps batchSize to 200–2000 and never exceeds the server page size', () => {
    expect(effectivePageSize(undefined, 2000)).toBe(2000);
    expect(effectivePageSize('batchSize=10', 2000)).toBe(200);
    expect(effectivePageSize('batchSize=5000', 2000)).toBe(2000);
    expect(effectivePageSize('batchSize=500', 300)).toBe(300);
  });

  it('resolves nested references, keeping JSON types for whole-value references', () => {
    const refs = new Map<string, unknown>([['q', { totalSize: 2, records: [{ Id: 'a1' }, { Id: 'a2', Owner: { Name: 'Bo' } }] }]]);
    expect(substituteUrl('/x/@{q.records[1].Id}?n=@{q.totalSize}', refs)).toBe('/x/a2?n=2');
    expect(substituteBody({ n: '@{q.totalSize}', s: 'by @{q.records[1].Owner.Name}', l: ['@{q.records[0].Id}'] }, refs)).toEqual({
      n: 2,
      s: 'by Bo',
      l: ['a1'],
    });
    expect(() => substituteUrl('/x/@{q.records[5].Id}', refs)).toThrow(/Invalid reference specified/);
    expect(() => substituteUrl('/x/@{missing.id}', refs)).toThrow(/PROCESSING_HALTED|Invalid reference/);
  });

  it('redacts secret query parameters and leaves the rest byte for byte', () => {
    expect(redactPath('/id/o/u?oauth_token=00D!abc&format=json')).toBe('/id/o/u?oauth_token=REDACTED&format=json');
    expect(redactPath('/q?q=SELECT%20Id')).toBe('/q?q=SELECT%20Id');
  });
});
