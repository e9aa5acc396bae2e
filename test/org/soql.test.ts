import { describe, expect, it } from 'vitest';
import { soqlLikePrefix, soqlList, soqlString } from '../../src/org/soql.js';

describe('SOQL literals', () => {
  it('escapes a single quote', () => {
    expect(soqlString("O'Brien")).toBe("'O\\'Brien'");
  });

  it('escapes a backslash, and does not double the backslash it adds before a quote', () => {
    expect(soqlString('a\\b')).toBe("'a\\\\b'");
    expect(soqlString("\\'")).toBe("'\\\\\\''");
  });

  it('quotes every value of a list, from any iterable', () => {
    expect(soqlList(new Set(['a', "b'c"]))).toBe("('a', 'b\\'c')");
  });

  it('matches _ and % of a LIKE prefix literally', () => {
    expect(soqlLikePrefix('ONB2__')).toBe("'ONB2\\_\\_%'");
  });
});
