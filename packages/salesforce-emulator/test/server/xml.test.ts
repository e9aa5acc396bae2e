import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseXml, XmlSyntaxError } from '../../src/http/xml-parse.js';
import { escapeXml, toXml } from '../../src/http/xml-write.js';
import { elementToValue, recordXml } from '../../src/routes/soap/metadata-values.js';

// Characters XML 1.0 allows in text (no C0 controls except tab/newline; CR is normalised by parsers).
const xmlText = fc.string({ unit: fc.constantFrom(...'ab <>&"\'\t\n€ü/;#x'.split('')) });

describe('SOAP XML helpers', () => {
  it('round-trips any text through escapeXml and parseXml', () => {
    fc.assert(fc.property(xmlText, (text) => parseXml(`<a>${escapeXml(text)}</a>`).text === text));
  });

  it('parses prefixes, attributes, entities, CDATA, self-closing elements and comments', () => {
    const root = parseXml(
      '<?xml version="1.0"?><!-- c --><se:Envelope xmlns:se="x"><se:Body a=\'1\' b="&quot;q&quot;">' +
        '<x:item xsi:nil="true"/><t><![CDATA[<raw>&]]>&#65;&#x42;</t></se:Body></se:Envelope>',
    );
    expect(root.name).toBe('Envelope');
    const body = root.children[0]!;
    expect(body.attrs).toEqual({ a: '1', b: '"q"' });
    expect(body.children.map((c) => c.name)).toEqual(['item', 't']);
    expect(body.children[1]!.text).toBe('<raw>&AB');
  });

  it('rejects DTDs, mismatched tags and trailing content', () => {
    expect(() => parseXml('<!DOCTYPE a [<!ENTITY x "y">]><a/>')).toThrow(XmlSyntaxError);
    expect(() => parseXml('<a><b></a></b>')).toThrow(XmlSyntaxError);
    expect(() => parseXml('<a/><b/>')).toThrow(XmlSyntaxError);
  });

  it('turns metadata elements into values: booleans, nested objects, repeated elements, nil', () => {
    const el = parseXml(
      '<metadata xsi:type="SecuritySettings"><fullName>Security</fullName><passwordPolicies><minimumPasswordLength>8</minimumPasswordLength>' +
        '<expiresIn xsi:nil="true"/></passwordPolicies><networkAccess><ipRanges><start>1</start></ipRanges><ipRanges><start>2</start></ipRanges>' +
        '</networkAccess><enableX>true</enableX><enableY>false</enableY></metadata>',
    );
    expect(elementToValue(el)).toEqual({
      fullName: 'Security',
      passwordPolicies: { minimumPasswordLength: '8', expiresIn: null },
      networkAccess: { ipRanges: [{ start: '1' }, { start: '2' }] },
      enableX: true,
      enableY: false,
    });
  });

  it('writes records with xsi:type, fullName first, arrays repeated and nulls nil', () => {
    expect(recordXml('T', { a: [1, 2], fullName: 'F', b: null, c: { d: false } })).toBe(
      '<records xsi:type="T"><fullName>F</fullName><a>1</a><a>2</a><b xsi:nil="true"/><c><d>false</d></c></records>',
    );
    expect(recordXml('T', null)).toBe('<records xsi:nil="true"/>');
    expect(toXml('v', 'a<b')).toBe('<v>a&lt;b</v>');
  });
});
