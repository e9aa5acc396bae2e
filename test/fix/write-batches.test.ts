import { describe, expect, it } from 'vitest';
import { asOneTransaction, type OpResult } from '../../src/fix/write-batches.js';

describe('the results of one allOrNone write request', () => {
  it('stay as they are when every record was written', () => {
    const written: OpResult[] = [
      { key: 'c1', ok: true, id: '0PS000000000001AAA' },
      { key: 'c2', ok: true, id: '0Pa000000000001AAA' },
    ];
    expect(asOneTransaction(written)).toEqual(written);
  });

  it('count nothing as written once a record failed, also a record its collection answered success:true for', () => {
    // the documented answer of case 4: a collection (allOrNone false) inside an allOrNone composite request
    const results: OpResult[] = [
      { key: 'c1', ok: true, id: '0PS000000000001AAA' },
      { key: 'c2', ok: false, error: 'DUPLICATES_DETECTED: Use one of these records?' },
      { key: 'c3', ok: false, rolledBack: true, error: 'PROCESSING_HALTED: The transaction was rolled back' },
    ];
    expect(asOneTransaction(results)).toEqual([
      { key: 'c1', ok: false, rolledBack: true, error: 'PROCESSING_HALTED: rolled back with its request, in which c2 failed' },
      results[1],
      results[2],
    ]);
  });
});
