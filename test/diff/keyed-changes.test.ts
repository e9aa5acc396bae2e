import { describe, expect, it } from 'vitest';
import { keyedChanges, setChanges } from '../../src/diff/keyed-changes.js';

describe('keyedChanges', () => {
  it('adds, removes and changes by key, with values, sorted by subject', () => {
    const before = new Map([
      ['b', 'Read'],
      ['c', 'Read'],
      ['d', 'same'],
    ]);
    const after = new Map([
      ['a', 'Edit'],
      ['c', 'Read, Edit'],
      ['d', 'same'],
    ]);
    expect(keyedChanges(before, after)).toEqual([
      { kind: 'added', subject: 'a', after: 'Edit' },
      { kind: 'removed', subject: 'b', before: 'Read' },
      { kind: 'changed', subject: 'c', before: 'Read', after: 'Read, Edit' },
    ]);
  });

  it('setChanges: subjects without values', () => {
    expect(setChanges(['x', 'y'], ['y', 'z'])).toEqual([
      { kind: 'removed', subject: 'x' },
      { kind: 'added', subject: 'z' },
    ]);
  });
});
