// Salesforce session ids look like `00D…!…`; OAuth access tokens are the same. Mask them wherever we print.
const SESSION_ID = /\b00D[A-Za-z0-9]{12,15}![A-Za-z0-9._\-+/=]+/g;
const BEARER = /(Bearer\s+)[^\s"']+/gi;

/** Masks anything that looks like a Salesforce session id or bearer token. */
export function redactSecrets(text: string): string {
  return text.replace(SESSION_ID, '00D…![REDACTED]').replace(BEARER, '$1[REDACTED]');
}
