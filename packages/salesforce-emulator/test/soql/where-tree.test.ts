import { parseQuery } from '@jetstreamapp/soql-parser-js';
import { describe, expect, it } from 'vitest';
import { whereTree, type BoolExpr } from '../../src/soql/where-tree.js';

/** Renders the tree with explicit grouping, conditions as their field name. */
function show(t: BoolExpr): string {
  switch (t.kind) {
    case 'cond':
      return String((t.cond as { field: string }).field);
    case 'not':
      return `NOT ${show(t.item)}`;
    default:
      return `(${t.items.map(show).join(` ${t.kind.toUpperCase()} `)})`;
  }
}
const tree = (where: string) => show(whereTree(parseQuery(`SELECT Id FROM X WHERE ${where}`).where!));

describe('whereTree', () => {
  it.each([
    ['A = 1 AND B = 2 OR C = 3', '((A AND B) OR C)'],
    ['A = 1 OR B = 2 AND C = 3', '(A OR (B AND C))'],
    ['(A = 1 OR B = 2) AND C = 3', '((A OR B) AND C)'],
    ['((A = 1 OR B = 2) AND (C = 3 OR D = 4))', '((A OR B) AND (C OR D))'],
    ['NOT (A = 1 AND B = 2) OR C = 3', '(NOT (A AND B) OR C)'],
    ['NOT A = 1 OR C = 3', '(NOT A OR C)'],
    ['(NOT A = 1) AND B = 2', '(NOT A AND B)'],
    ['A = 1 AND (NOT (B = 2 OR C = 3))', '(A AND NOT (B OR C))'],
    ['A = 1 AND NOT B = 2 OR C = 3', '((A AND NOT B) OR C)'],
    ['NOT NOT A = 1', 'NOT NOT A'],
    ['(A = 1)', 'A'],
  ])('%s → %s', (where, expected) => {
    expect(tree(where)).toBe(expected);
  });

  it('refuses a WHERE the parser could not represent faithfully', () => {
    expect(() => tree('NOT (NOT (NOT (A = 1)))')).toThrow(/nested NOT/);
  });
});
