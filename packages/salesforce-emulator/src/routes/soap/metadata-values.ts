import type { XmlElement } from '../../http/xml-parse.js';
import { toXml } from '../../http/xml-write.js';

/** `xsi:type` without any namespace prefix (`tns:MobileSettings` → `MobileSettings`). */
export function xsiType(el: XmlElement): string | undefined {
  return el.attrs['xsi:type']?.replace(/^.*:/, '');
}

/**
 * A metadata element as a plain value: leaves become strings (lowercase `true`/`false` become
 * booleans, as the WSDL's xsd:boolean), nested elements objects, repeated elements arrays,
 * `xsi:nil` null. Other scalar types stay strings: without the WSDL the server cannot know them.
 */
export function elementToValue(el: XmlElement): unknown {
  if (el.attrs['xsi:nil'] === 'true') return null;
  if (el.children.length === 0) {
    const text = el.text.trim();
    return text === 'true' ? true : text === 'false' ? false : el.text;
  }
  const grouped = new Map<string, unknown[]>();
  for (const c of el.children) grouped.set(c.name, [...(grouped.get(c.name) ?? []), elementToValue(c)]);
  const out: Record<string, unknown> = {};
  for (const [name, values] of grouped) out[name] = values.length === 1 ? values[0] : values;
  return out;
}

/** `<records xsi:type="T">…</records>` with fullName first, or `<records xsi:nil="true"/>`. */
export function recordXml(type: string, record: Record<string, unknown> | null): string {
  if (record === null) return '<records xsi:nil="true"/>';
  const { fullName, ...rest } = record;
  const ordered = fullName === undefined ? rest : { fullName, ...rest };
  return toXml('records', ordered, ` xsi:type="${type.replace(/[^\w.]/g, '')}"`);
}
