import { xmlReply, type HttpReply } from '../../http/reply.js';
import { child, parseXml, type XmlElement } from '../../http/xml-parse.js';
import { escapeXml } from '../../http/xml-write.js';

export const METADATA_NS = 'http://soap.sforce.com/2006/04/metadata';
export const PARTNER_NS = 'urn:partner.soap.sforce.com';
export const PARTNER_FAULT_NS = 'urn:fault.partner.soap.sforce.com';

const ENVELOPE_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/**
 * A 200 response. jsforce finds the result through prefixed `soapenv:Envelope`/`soapenv:Body`, and an
 * attribute on Body would be mistaken for the result, so Body has none; the default namespace sits
 * on the Envelope.
 */
export function soapSuccess(defaultNs: string, bodyXml: string): HttpReply {
  return xmlReply(
    200,
    `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="${ENVELOPE_NS}" xmlns="${defaultNs}" ` +
      `xmlns:xsi="${XSI_NS}"><soapenv:Body>${bodyXml}</soapenv:Body></soapenv:Envelope>`,
  );
}

/** A fault, HTTP 500. `code` carries its prefix (`sf:INVALID_SESSION_ID`, `soapenv:Client`). */
export function soapFault(code: string, message: string, faultNs: string): HttpReply {
  return xmlReply(
    500,
    `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="${ENVELOPE_NS}" xmlns:sf="${faultNs}">` +
      `<soapenv:Body><soapenv:Fault><faultcode>${escapeXml(code)}</faultcode>` +
      `<faultstring>${escapeXml(message)}</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>`,
  );
}

export interface SoapRequest {
  header?: XmlElement;
  /** The first element inside Body, e.g. `readMetadata`. */
  operation: XmlElement;
}

/** Parses an envelope; throws on anything that is not `Envelope > Body > operation`. */
export function parseSoapRequest(xml: string): SoapRequest {
  const envelope = parseXml(xml);
  const body = child(envelope, 'Body');
  const operation = body?.children[0];
  if (envelope.name !== 'Envelope' || !operation) throw new Error('Not a SOAP envelope with a Body operation');
  return { header: child(envelope, 'Header'), operation };
}

export function sessionIdOf(request: SoapRequest): string | undefined {
  return child(child(request.header, 'SessionHeader'), 'sessionId')?.text.trim() || undefined;
}
