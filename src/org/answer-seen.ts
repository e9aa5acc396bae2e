/** What came back on the wire for one attempt, as far as the client saw it (the full body once read). */
export interface AnswerSeen {
  status: number;
  contentType?: string;
  body?: string;
}

const SNIPPET_CHARS = 80;

// Anything that looks like a session id or a token never goes into a message.
const SECRETS = [
  /00D\w{12,15}![\w.]+/g,
  /<(?:\w+:)?sessionId>[^<]*<\/(?:\w+:)?sessionId>/gi,
  /"(access_token|refresh_token)"\s*:\s*"[^"]*"/gi,
];

/** One line for a message: `HTTP 200 text/html: <title>Maintenance</title>…`, `HTTP 200 application/json, empty body`. */
export function describeAnswer(answer: AnswerSeen): string {
  const type = (answer.contentType ?? 'no content type').split(';')[0].trim();
  const head = `HTTP ${answer.status} ${type}`;
  const body = (answer.body ?? '').trim();
  if (!body) return `${head}, empty body`;
  return `${head}: ${snippet(body)}`;
}

function snippet(body: string): string {
  const title = /<title>[^<]*<\/title>/i.exec(body)?.[0];
  const text = (title ?? body).replace(/\s+/g, ' ');
  const clean = SECRETS.reduce((out, pattern) => out.replace(pattern, '[redacted]'), text);
  return clean.length > SNIPPET_CHARS || title ? `${clean.slice(0, SNIPPET_CHARS)}…` : clean;
}

/** Whether a 2xx answer is of the content type the call asked for (JSON for REST, XML for SOAP). */
export function isExpectedType(answer: AnswerSeen, expected: 'json' | 'xml'): boolean {
  const type = answer.contentType ?? '';
  return expected === 'json' ? /^application\/json(;|$)/i.test(type) : /^(text|application)\/xml(;|$)/i.test(type);
}
