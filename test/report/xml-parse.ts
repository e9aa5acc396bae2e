/** A tiny strict XML reader for tests: elements, attributes, text; throws on anything malformed. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  if (s.includes('<')) throw new Error(`raw '<' in ${JSON.stringify(s.slice(0, 40))}`);
  return s.replace(/&([a-z]+);|&/g, (m, name: string | undefined) => {
    if (!name || !(name in ENTITY)) throw new Error(`bad entity near ${JSON.stringify(m)}`);
    return ENTITY[name];
  });
}

export function parseXml(xml: string): XmlElement {
  let body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const tag = /^<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/;
  while (body.length > 0) {
    if (body.startsWith('<')) {
      const m = tag.exec(body);
      if (!m) throw new Error(`malformed tag at ${JSON.stringify(body.slice(0, 40))}`);
      const [whole, closing, name, rawAttrs, selfClosing] = m;
      body = body.slice(whole.length);
      if (closing) {
        const open = stack.pop();
        if (!open || open.name !== name) throw new Error(`unexpected </${name}>`);
        continue;
      }
      const attrs: Record<string, string> = {};
      for (const a of rawAttrs.matchAll(/([\w:-]+)="([^"]*)"/g)) {
        if (a[1] in attrs) throw new Error(`duplicate attribute ${a[1]}`);
        attrs[a[1]] = decode(a[2]);
      }
      const el: XmlElement = { name, attrs, children: [], text: '' };
      if (stack.length > 0) stack[stack.length - 1].children.push(el);
      else if (root) throw new Error('two root elements');
      else root = el;
      if (!selfClosing) stack.push(el);
    } else {
      const end = body.indexOf('<');
      const text = end < 0 ? body : body.slice(0, end);
      body = end < 0 ? '' : body.slice(end);
      if (stack.length === 0) {
        if (text.trim()) throw new Error('text outside the root');
      } else stack[stack.length - 1].text += decode(text);
    }
  }
  if (!root || stack.length > 0) throw new Error('unclosed elements');
  return root;
}
