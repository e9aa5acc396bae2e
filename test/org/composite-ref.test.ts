import { describe, expect, it } from 'vitest';
import { compositeRef, isCompositeRef, referencedId, resolveRefs } from '../../src/org/composite-ref.js';

describe('composite references', () => {
  it('round-trip', () => {
    expect(compositeRef('c3')).toBe('@{c3.id}');
    expect(isCompositeRef('@{c3.id}')).toBe(true);
    expect(isCompositeRef('0PS5g000000AbCd')).toBe(false);
    expect(referencedId('@{c3.id}')).toBe('c3');
  });

  it('resolve to known Ids and leave unknown ones as they are', () => {
    expect(resolveRefs('@{c1.id}', new Map([['c1', '0PS1']]))).toBe('0PS1');
    expect(resolveRefs('@{c2.id}', new Map([['c1', '0PS1']]))).toBe('@{c2.id}');
  });
});
