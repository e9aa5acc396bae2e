import fc from 'fast-check';

export type Path = Array<string | number>;

/** Every path to a value inside `doc` (the root included), depth first. */
function pathsOf(doc: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(doc)) doc.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (doc !== null && typeof doc === 'object') for (const [k, v] of Object.entries(doc)) pathsOf(v, [...prefix, k], out);
  return out;
}

function valueAt(doc: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key as string] : undefined),
    doc,
  );
}

export function exists(doc: unknown, path: Path): boolean {
  let node = doc;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return false;
    node = (node as Record<string, unknown>)[key as string];
  }
  return true;
}

export type Mutation = { at: number; op: 'delete' | 'replace' | 'add-key' | 'wrap' | 'stringify' | 'null'; value: unknown; key: string };

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('delete', 'replace', 'add-key', 'wrap', 'stringify', 'null'),
  value: fc.jsonValue({ maxDepth: 3 }),
  key: fc.oneof(fc.constantFrom('Id', 'format', 'extra', '__proto__', 'constructor', 'rules', 'a/b', 'x~y'), fc.string({ maxLength: 8 })),
});

/** Applies mutations to a deep copy; each picks a path of the current document by index. */
export function mutate<T>(doc: T, mutations: Mutation[]): unknown {
  let root: unknown = structuredClone(doc);
  for (const m of mutations) {
    const paths = pathsOf(root);
    const path = paths[m.at % paths.length]!;
    const current = valueAt(root, path);
    const next = (() => {
      switch (m.op) {
        case 'replace':
          return m.value;
        case 'wrap':
          return [current];
        case 'stringify':
          return JSON.stringify(current) ?? 'null';
        case 'null':
          return null;
        case 'add-key':
          return current !== null && typeof current === 'object' && !Array.isArray(current)
            ? Object.defineProperty({ ...current }, m.key, { value: m.value, enumerable: true, configurable: true, writable: true })
            : current;
        case 'delete':
          return undefined;
      }
    })();
    if (path.length === 0) {
      root = next === undefined ? {} : next;
      continue;
    }
    const parent = valueAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
    const key = path[path.length - 1]!;
    if (next === undefined) {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else {
      Object.defineProperty(parent, key, { value: next, enumerable: true, configurable: true, writable: true });
    }
  }
  return JSON.parse(JSON.stringify(root)); // what a file would hold
}

/** `$.rules["a/b"].options[0]` → ['rules', 'a/b', 'options', '0']. Undefined when it does not parse. */
export function jsonPathSegments(path: string): Path | undefined {
  if (!path.startsWith('$')) return undefined;
  const out: Path = [];
  const re = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  re.lastIndex = 1;
  while (re.lastIndex < path.length) {
    const m = re.exec(path);
    if (!m) return undefined;
    out.push(m[1] ?? m[2] ?? (JSON.parse(m[3]!) as string));
  }
  return out;
}
