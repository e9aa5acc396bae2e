import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SObjectRecord } from '@juston-audit/org-snapshot';
import { errorCodeOf, orgWith } from './org-fixture.js';

interface Rec {
  Id: string;
  NamespacePrefix: string | null;
  AllowedLicenses: number | null;
  IsProvisioned: boolean;
}
type Cond =
  | { f: 'ns'; op: '=' | '!='; v: string | null }
  | { f: 'ns'; op: 'LIKE'; v: string }
  | { f: 'allowed'; op: '=' | '!=' | '<' | '<=' | '>' | '>='; v: number }
  | { f: 'allowed'; op: 'IN' | 'NOT IN'; v: number[] }
  | { f: 'prov'; v: boolean };
type Expr = { kind: 'cond'; c: Cond; paren: boolean } | { kind: 'not'; e: Expr } | { kind: 'and' | 'or'; l: Expr; r: Expr; paren: boolean };

const nsValues = ['ONB2', 'onb2', 'Other', 'x_y', null];
const recArb = fc.record({
  NamespacePrefix: fc.constantFrom(...nsValues),
  AllowedLicenses: fc.option(fc.integer({ min: -1, max: 5 }), { nil: null }),
  IsProvisioned: fc.boolean(),
});
const condArb: fc.Arbitrary<Cond> = fc.oneof(
  fc.record({ f: fc.constant('ns' as const), op: fc.constantFrom('=' as const, '!=' as const), v: fc.constantFrom(...nsValues) }),
  fc.record({ f: fc.constant('ns' as const), op: fc.constant('LIKE' as const), v: fc.constantFrom('o%', '%2', 'x\\_%', '_____', '%') }),
  fc.record({
    f: fc.constant('allowed' as const),
    op: fc.constantFrom('=' as const, '!=' as const, '<' as const, '<=' as const, '>' as const, '>=' as const),
    v: fc.integer({ min: -1, max: 5 }),
  }),
  fc.record({
    f: fc.constant('allowed' as const),
    op: fc.constantFrom('IN' as const, 'NOT IN' as const),
    v: fc.array(fc.integer({ min: -1, max: 5 }), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ f: fc.constant('prov' as const), v: fc.boolean() }),
);
const exprArb: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('cond' as const), c: condArb, paren: fc.boolean() }),
    // NOT directly under NOT is left out: the parser loses a NOT in `NOT (NOT (NOT …))` (see where-tree.ts)
    fc.record({ kind: fc.constant('not' as const), e: tie('e') }).filter((n) => n.e.kind !== 'not'),
    fc.record({ kind: fc.constantFrom('and' as const, 'or' as const), l: tie('e'), r: tie('e'), paren: fc.boolean() }),
  ),
})).e;

const lit = (v: string | null) => (v === null ? 'null' : `'${v}'`);
function condSoql(c: Cond): string {
  if (c.f === 'prov') return `IsProvisioned = ${c.v}`;
  if (c.f === 'ns') return `NamespacePrefix ${c.op} ${c.op === 'LIKE' ? `'${c.v}'` : lit(c.v)}`;
  return Array.isArray(c.v) ? `AllowedLicenses ${c.op} (${c.v.join(', ')})` : `AllowedLicenses ${c.op} ${c.v}`;
}

/** SOQL text; parentheses are left out only where AND-before-OR precedence keeps the meaning. */
function soql(e: Expr): string {
  if (e.kind === 'cond') return e.paren ? `(${condSoql(e.c)})` : condSoql(e.c);
  if (e.kind === 'not') return `NOT (${soql(e.e)})`;
  const side = (s: Expr) => {
    const bare = s.kind === 'cond' || s.kind === 'not' || s.kind === e.kind || (e.kind === 'or' && s.kind === 'and');
    return bare && !(s.kind !== 'cond' && s.kind !== 'not' && s.paren) ? soql(s) : `(${soql(s)})`;
  };
  return `${side(e.l)} ${e.kind.toUpperCase()} ${side(e.r)}`;
}

function likeRef(pattern: string, v: string): boolean {
  const re = pattern
    .replace(/\\_/g, '\uE000')
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%/g, '.*')
    .replace(/_/g, '.')
    .replace(/\uE000/g, '_');
  return new RegExp(`^${re}$`, 'i').test(v);
}

function holds(c: Cond, r: Rec): boolean {
  if (c.f === 'prov') return r.IsProvisioned === c.v;
  if (c.f === 'ns') {
    const v = r.NamespacePrefix?.toLowerCase() ?? null;
    if (c.op === 'LIKE') return v !== null && likeRef(c.v, v);
    const eq = c.v === null ? v === null : v === c.v.toLowerCase();
    return c.op === '=' ? eq : !eq;
  }
  const v = r.AllowedLicenses;
  if (Array.isArray(c.v)) {
    const any = v !== null && c.v.includes(v);
    return c.op === 'IN' ? any : !any;
  }
  if (c.op === '=') return v === c.v;
  if (c.op === '!=') return v !== c.v;
  if (v === null) return false;
  return c.op === '<' ? v < c.v : c.op === '<=' ? v <= c.v : c.op === '>' ? v > c.v : v >= c.v;
}

function evalRef(e: Expr, r: Rec): boolean {
  switch (e.kind) {
    case 'cond':
      return holds(e.c, r);
    case 'not':
      return !evalRef(e.e, r);
    case 'and':
      return evalRef(e.l, r) && evalRef(e.r, r);
    case 'or':
      return evalRef(e.l, r) || evalRef(e.r, r);
  }
}

describe('WHERE evaluation matches a reference evaluator', () => {
  it('for generated records and AND/OR/NOT/parenthesised clauses', () => {
    fc.assert(
      fc.property(fc.array(recArb, { maxLength: 12 }), exprArb, (recs, expr) => {
        const rows: Rec[] = recs.map((r, i) => ({ Id: `050EM${String(i).padStart(10, '0')}AAA`, ...r }));
        const org = orgWith({ PackageLicense: rows as unknown as SObjectRecord[] });
        const text = `SELECT Id FROM PackageLicense WHERE ${soql(expr)}`;
        // the parser drops a NOT in `NOT (NOT (NOT …` chains; the emulator must refuse those, never answer wrongly
        if (/NOT \(+NOT \(+NOT/.test(text) && errorCodeOf(() => org.query(text, { api: 'data' })) === 'MALFORMED_QUERY') return;
        const got = org.query(text, { api: 'data' }).records.map((r) => r.Id);
        expect(got).toEqual(rows.filter((r) => evalRef(expr, r)).map((r) => r.Id));
      }),
      { numRuns: 300 },
    );
  });
});
