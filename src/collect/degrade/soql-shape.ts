/**
 * The parts of one of the collector's own SOQL statements a fallback rewrites: semi-joins in the WHERE
 * clause and a parent-to-child subquery in the SELECT list. Only the shapes `planReads()` builds.
 */
export interface SemiJoin {
  /** The whole condition, e.g. `Id IN (SELECT UserId FROM UserPackageLicense WHERE …)`. */
  text: string;
  field: string;
  negated: boolean;
  /** The sub-select, runnable on its own. */
  inner: string;
  innerField: string;
  innerObject: string;
}

export interface ChildSubquery {
  /** `, (SELECT … FROM PermissionSetAssignments)` as it stands in the SELECT list. */
  text: string;
  fields: string;
  relationship: string;
}

/** The index just past the parenthesis that closes the one at `open`, skipping quoted literals. */
function closing(soql: string, open: number): number {
  let depth = 0;
  for (let i = open; i < soql.length; i++) {
    const c = soql[i];
    if (c === "'") {
      for (i++; i < soql.length && soql[i] !== "'"; i++) if (soql[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  throw new Error(`unbalanced parentheses in ${soql}`);
}

export function semiJoins(soql: string): SemiJoin[] {
  const found: SemiJoin[] = [];
  for (const match of soql.matchAll(/([A-Za-z_][\w.]*) (NOT IN|IN) \(SELECT /g)) {
    const open = match.index + match[0].indexOf('(');
    const end = closing(soql, open);
    const inner = soql.slice(open + 1, end - 1);
    const [, innerField, innerObject] = /^SELECT ([\w.]+) FROM (\w+)/.exec(inner)!;
    found.push({ text: soql.slice(match.index, end), field: match[1], negated: match[2] === 'NOT IN', inner, innerField, innerObject });
  }
  return found;
}

export function childSubquery(soql: string): ChildSubquery | undefined {
  const start = soql.indexOf(', (SELECT ');
  if (start < 0) return undefined;
  const end = closing(soql, start + 2);
  const [, fields, relationship] = /^\(SELECT (.+) FROM (\w+)\)$/.exec(soql.slice(start + 2, end))!;
  return { text: soql.slice(start, end), fields, relationship };
}

/** The sObject the statement reads: the FROM after the SELECT list, child subquery taken out. */
export function fromObject(soql: string): string {
  const child = childSubquery(soql);
  return /^SELECT .+? FROM (\w+)/.exec(child ? soql.replace(child.text, '') : soql)![1];
}

/** The SELECT list, child subquery taken out. */
export function selectedFields(soql: string): string[] {
  const child = childSubquery(soql);
  const plain = child ? soql.replace(child.text, '') : soql;
  return /^SELECT (.+?) FROM \w+/.exec(plain)![1].split(', ');
}
