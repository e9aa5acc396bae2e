import { redactSecrets } from '../support/redact-secrets.js';

/** What every secret in a trace becomes. */
const REDACTED = '[REDACTED]';

/** Names under which a secret travels, in JSON bodies, form bodies, query strings and SOAP elements. */
const SECRET_NAMES = [
  'access_token',
  'refresh_token',
  'id_token',
  'client_secret',
  'client_assertion',
  'assertion',
  'password',
  'security_token',
  'securityToken',
  'sessionId',
  'session_id',
  'sid',
];
const NAMES = SECRET_NAMES.join('|');

/** Headers whose whole value is a credential. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'x-sfdc-session']);

const JSON_FIELD = new RegExp(`("(?:${NAMES})"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi');
const FORM_FIELD = new RegExp(`(^|[?&\\s"';])(${NAMES})=[^&\\s"'<;]*`, 'gi');
const XML_ELEMENT = new RegExp(`<((?:[\\w.-]+:)?(?:${NAMES}))(\\s[^>]*)?>[^<]*</\\1>`, 'gi');
const PEM_PRIVATE_KEY = /-----BEGIN ([A-Z ]*)PRIVATE KEY-----[\s\S]*?-----END \1PRIVATE KEY-----/g;
const JWT = /\beyJ[\w-]{4,}\.eyJ[\w-]{4,}\.[\w-]+/g;

/** Masks every secret in a request or response body (JSON, form-encoded, SOAP XML or text). */
export function redactBody(text: string): string {
  return redactSecrets(
    text
      .replace(PEM_PRIVATE_KEY, `-----BEGIN $1PRIVATE KEY-----${REDACTED}-----END $1PRIVATE KEY-----`)
      .replace(JSON_FIELD, `$1"${REDACTED}"`)
      .replace(XML_ELEMENT, `<$1$2>${REDACTED}</$1>`)
      .replace(FORM_FIELD, `$1$2=${REDACTED}`)
      .replace(JWT, REDACTED),
  );
}

/** Masks secret query parameters (and anything token-shaped) in a URL. */
export function redactUrl(url: string): string {
  return redactBody(url);
}

/** Masks credential headers entirely; in any other header (Cookie, Set-Cookie …) the secrets in it, such as `sid=`. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => {
      if (SECRET_HEADERS.has(name.toLowerCase())) return [name, value.replace(/^(Bearer|Basic|OAuth)?(\s*).*$/i, `$1$2${REDACTED}`)];
      return [name, redactBody(value)];
    }),
  );
}
