// Salesforce session ids look like `00D…!…`; OAuth access tokens are the same. Mask them wherever we print.
const SESSION_ID = /\b00D[A-Za-z0-9]{12,15}![A-Za-z0-9._\-+/=]+/g;
const BEARER = /(Bearer\s+)([^\s"',;)]+)/gi;
/** A word after "bearer" is a credential when it looks like one: long, or with a digit or token punctuation inside. */
const TOKEN_LIKE = /^(?:.{20,}|.*[0-9!_\-+/=~].*|.+\..+)$/;

/** Masks anything that looks like a Salesforce session id or bearer token, not the words of "JWT bearer flow". */
export function redactSecrets(text: string): string {
  return text
    .replace(SESSION_ID, '00D…![REDACTED]')
    .replace(BEARER, (match, prefix: string, word: string) => (TOKEN_LIKE.test(word) ? `${prefix}[REDACTED]` : match));
}
