import type { ConditionWithValueQuery, WhereClause } from '@jetstreamapp/soql-parser-js';
import { malformed } from './errors.js';

export type BoolExpr =
  | { kind: 'and' | 'or'; items: BoolExpr[] }
  | { kind: 'not'; item: BoolExpr }
  | { kind: 'cond'; cond: ConditionWithValueQuery & { field?: string } };

type Token = '(' | ')' | 'AND' | 'OR' | 'NOT' | { cond: ConditionWithValueQuery };

/**
 * The parser's WHERE is a right-leaning list with parenthesis counts on the conditions, so the
 * grouping is rebuilt here: flatten to tokens, then parse with NOT > AND > OR precedence.
 * [unverified] Salesforce may refuse AND and OR mixed without parentheses; the emulator accepts it.
 */
function tokens(where: WhereClause): Token[] {
  const out: Token[] = [];
  for (let node: WhereClause | undefined = where; node; node = 'right' in node ? node.right : undefined) {
    const left = node.left as (ConditionWithValueQuery & { openParen?: number; closeParen?: number }) | null;
    const op = 'operator' in node ? node.operator : undefined;
    if (op === 'NOT') {
      for (let i = 0; i < (left?.openParen ?? 0); i++) out.push('(');
      out.push('NOT');
      continue;
    }
    if (!left) throw malformed('unexpected token in WHERE');
    for (let i = 0; i < (left.openParen ?? 0); i++) out.push('(');
    out.push({ cond: left });
    for (let i = 0; i < (left.closeParen ?? 0); i++) out.push(')');
    if (op) out.push(op);
  }
  return out;
}

/**
 * The parser drops a NOT and a parenthesis from chains like `NOT (NOT (NOT (A = 1)))`; an
 * unbalanced token list means the AST lost information, so the emulator refuses the query rather
 * than answer it wrongly (Salesforce itself would accept it).
 */
function checkBalanced(toks: Token[]): void {
  const opens = toks.filter((t) => t === '(').length;
  const closes = toks.filter((t) => t === ')').length;
  if (opens !== closes) throw malformed('The emulator cannot evaluate this WHERE clause (nested NOT chain); simplify the NOTs');
}

export function whereTree(where: WhereClause): BoolExpr {
  const toks = tokens(where);
  checkBalanced(toks);
  let pos = 0;
  const peek = () => toks[pos];
  const orExpr = (): BoolExpr => {
    const items = [andExpr()];
    while (peek() === 'OR') {
      pos++;
      items.push(andExpr());
    }
    return items.length === 1 ? items[0] : { kind: 'or', items };
  };
  const andExpr = (): BoolExpr => {
    const items = [unary()];
    while (peek() === 'AND') {
      pos++;
      items.push(unary());
    }
    return items.length === 1 ? items[0] : { kind: 'and', items };
  };
  const unary = (): BoolExpr => {
    const t = toks[pos++];
    if (t === 'NOT') return { kind: 'not', item: unary() };
    if (t === '(') {
      const inner = orExpr();
      if (toks[pos++] !== ')') throw malformed("expecting a right parentheses, found ''");
      return inner;
    }
    if (t && typeof t === 'object') return { kind: 'cond', cond: t.cond };
    throw malformed(`unexpected token: '${String(t ?? '')}'`);
  };
  const tree = orExpr();
  if (pos !== toks.length) throw malformed(`unexpected token: '${String(toks[pos])}'`);
  return tree;
}
