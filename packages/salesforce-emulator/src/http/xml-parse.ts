/**
 * A deliberately tiny XML reader for the SOAP envelopes jsforce sends: elements, attributes, text,
 * entities, comments and CDATA. No DTDs (rejected), no namespace resolution beyond splitting prefixes.
 */
export interface XmlElement {
  /** Local name, without the namespace prefix. */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export class XmlSyntaxError extends Error {}

const OPEN_TAG = /<([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const CLOSE_TAG = /<\/([\w.:-]+)\s*>/y;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

export function parseXml(xml: string): XmlElement {
  let pos = 0;
  const skipMisc = (): void => {
    for (;;) {
      while (pos < xml.length && /\s/.test(xml[pos])) pos++;
      if (xml.startsWith('<?', pos)) pos = endOf('?>');
      else if (xml.startsWith('<!--', pos)) pos = endOf('-->');
      else if (xml.startsWith('<!', pos)) throw new XmlSyntaxError('DTDs are not supported');
      else return;
    }
  };
  const endOf = (marker: string): number => {
    const at = xml.indexOf(marker, pos);
    if (at < 0) throw new XmlSyntaxError(`Unterminated ${marker}`);
    return at + marker.length;
  };
  const element = (): XmlElement => {
    OPEN_TAG.lastIndex = pos;
    const open = OPEN_TAG.exec(xml);
    if (!open) throw new XmlSyntaxError(`Expected an element at ${pos}`);
    pos += open[0].length;
    const qname = open[1];
    const el: XmlElement = { name: qname.replace(/^.*:/, ''), attrs: {}, children: [], text: '' };
    for (const m of open[2].matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      el.attrs[m[1]] = decodeEntities(m[2] ?? m[3] ?? '');
    }
    if (open[3] === '/') return el;
    for (;;) {
      if (pos >= xml.length) throw new XmlSyntaxError(`Unclosed element ${qname}`);
      if (xml.startsWith('</', pos)) {
        CLOSE_TAG.lastIndex = pos;
        const close = CLOSE_TAG.exec(xml);
        if (!close || close[1] !== qname) throw new XmlSyntaxError(`Mismatched closing tag for ${qname}`);
        pos += close[0].length;
        return el;
      }
      if (xml.startsWith('<![CDATA[', pos)) {
        const end = endOf(']]>');
        el.text += xml.slice(pos + 9, end - 3);
        pos = end;
      } else if (xml.startsWith('<!--', pos)) pos = endOf('-->');
      else if (xml[pos] === '<') el.children.push(element());
      else {
        const next = xml.indexOf('<', pos);
        const end = next < 0 ? xml.length : next;
        el.text += decodeEntities(xml.slice(pos, end));
        pos = end;
      }
    }
  };
  skipMisc();
  const root = element();
  skipMisc();
  if (pos < xml.length) throw new XmlSyntaxError('Content after the root element');
  return root;
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return el?.children.filter((c) => c.name === name) ?? [];
}
