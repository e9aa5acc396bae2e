/**
 * The shape of an answer's body, not its values: the JSON key paths (`$.records[].Id`, arrays as `[]`)
 * or the XML element paths (`Envelope/Body/loginResponse/result/sessionId`, namespace prefixes dropped).
 * A body that is neither is `(text)`; an empty one has no shape.
 */
export function bodyShape(text: string): Set<string> {
  const shape = new Set<string>();
  const trimmed = text.trim();
  if (!trimmed) return shape;
  const json = parseJson(trimmed);
  if (json.ok) jsonPaths(json.value, '$', shape);
  else if (trimmed.startsWith('<')) xmlPaths(trimmed, shape);
  else shape.add('(text)');
  return shape;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (!/^[[{]/.test(text)) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function jsonPaths(value: unknown, path: string, shape: Set<string>): void {
  if (Array.isArray(value)) {
    shape.add(`${path}[]`);
    for (const item of value) jsonPaths(item, `${path}[]`, shape);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const childPath = `${path}.${key}`;
      shape.add(childPath);
      jsonPaths(child, childPath, shape);
    }
  }
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g;

function xmlPaths(text: string, shape: Set<string>): void {
  const open: string[] = [];
  for (const [, closing, qualified, selfClosing] of text.matchAll(TAG)) {
    const name = qualified.replace(/^[\w.-]+:/, '');
    if (closing) {
      open.pop();
      continue;
    }
    shape.add([...open, name].join('/'));
    if (!selfClosing) open.push(name);
  }
}
