/** A fully computed HTTP response, written by the server after the configured latency. */
export interface HttpReply {
  status: number;
  headers: Record<string, string>;
  body?: string;
}

const JSON_TYPE = 'application/json;charset=UTF-8';
const XML_TYPE = 'text/xml;charset=UTF-8';

export function jsonReply(status: number, body: unknown, headers: Record<string, string> = {}): HttpReply {
  return { status, headers: { 'Content-Type': JSON_TYPE, ...headers }, body: JSON.stringify(body) };
}

export function xmlReply(status: number, xml: string): HttpReply {
  return { status, headers: { 'Content-Type': XML_TYPE }, body: xml };
}

export function textReply(status: number, text: string): HttpReply {
  return { status, headers: { 'Content-Type': 'text/plain;charset=UTF-8' }, body: text };
}

export function emptyReply(status = 204, headers: Record<string, string> = {}): HttpReply {
  return { status, headers };
}
