import { describe, expect, it } from 'vitest';
import { idKey, sameId } from '../../src/org/record-id.js';

describe('record Ids', () => {
  it('match a 15-character Id to its 18-character form', () => {
    expect(sameId('0PS5g000000AbCd', '0PS5g000000AbCdEAK')).toBe(true);
    expect(idKey('0PS5g000000AbCdEAK')).toBe('0PS5g000000AbCd');
  });

  it('compare case-sensitively and never match a missing Id', () => {
    expect(sameId('0PS5g000000abcd', '0PS5g000000ABCD')).toBe(false);
    expect(sameId(undefined, undefined)).toBe(false);
    expect(sameId(null, '0PS5g000000AbCd')).toBe(false);
  });
});
