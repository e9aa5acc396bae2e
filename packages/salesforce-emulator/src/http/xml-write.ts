/** Serialises plain JS values the way Salesforce's SOAP APIs do: nested elements, repeated elements for arrays. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

/**
 * `<name>value</name>`: arrays become repeated elements, objects nested elements in key order,
 * null `xsi:nil="true"`, booleans lowercase. `attrs` go on the outer element only.
 */
export function toXml(name: string, value: unknown, attrs = ''): string {
  if (Array.isArray(value)) return value.map((item) => toXml(name, item, attrs)).join('');
  if (value === null || value === undefined) return `<${name}${attrs} xsi:nil="true"/>`;
  if (typeof value === 'object') {
    const inner = Object.entries(value as Record<string, unknown>)
      .filter(([key]) => key !== '$')
      .map(([key, v]) => toXml(key, v))
      .join('');
    return `<${name}${attrs}>${inner}</${name}>`;
  }
  return `<${name}${attrs}>${escapeXml(String(value))}</${name}>`;
}
