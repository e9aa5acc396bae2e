import { describe, expect, it } from 'vitest';
import { redactBody, redactHeaders, redactUrl } from '../../src/trace/redact-trace.js';

const SESSION = '00D5g000000AbCdE!AQ0AQp9xYzToken.Value_with-chars+/=';
const SECRET = 'S3cr3t-Value_123';

describe('trace redaction', () => {
  it.each([
    ['JSON access token', `{"access_token":"${SECRET}","instance_url":"https://x"}`, '"access_token":"[REDACTED]"'],
    ['JSON refresh token', `{"refresh_token": "${SECRET}"}`, '"refresh_token": "[REDACTED]"'],
    ['JSON id token and client secret', `{"id_token":"${SECRET}","client_secret":"${SECRET}"}`, '"client_secret":"[REDACTED]"'],
    ['JSON escaped quote in a value', `{"password":"a\\"${SECRET}"}`, '"password":"[REDACTED]"'],
    ['OAuth password form', `grant_type=password&username=u%40x.com&password=${SECRET}&client_secret=${SECRET}`, 'password=[REDACTED]'],
    ['JWT assertion form', `grant_type=urn%3Aietf&assertion=eyJhbGciOi.eyJpc3MiOi.${SECRET}`, 'assertion=[REDACTED]'],
    ['refresh token form', `grant_type=refresh_token&refresh_token=${SECRET}&client_id=abc`, 'refresh_token=[REDACTED]&client_id=abc'],
    [
      'SOAP password',
      `<n1:login><n1:username>u@x.com</n1:username><n1:password>${SECRET}</n1:password></n1:login>`,
      '<n1:password>[REDACTED]</n1:password>',
    ],
    ['SOAP plain password', `<password>${SECRET}</password>`, '<password>[REDACTED]</password>'],
    ['SOAP session id', `<sessionId>${SECRET}</sessionId>`, '<sessionId>[REDACTED]</sessionId>'],
    ['SOAP sf: session id', `<sf:sessionId>${SECRET}</sf:sessionId>`, '<sf:sessionId>[REDACTED]</sf:sessionId>'],
    [
      'SOAP urn: session id',
      `<urn:sessionId xmlns:urn="x">${SECRET}</urn:sessionId>`,
      '<urn:sessionId xmlns:urn="x">[REDACTED]</urn:sessionId>',
    ],
    ['security token element', `<securityToken>${SECRET}</securityToken>`, '<securityToken>[REDACTED]</securityToken>'],
    ['a session id anywhere', `error near ${SESSION} here`, 'error near 00D…![REDACTED] here'],
    ['a bearer token in text', `Bearer ${SECRET}`, 'Bearer [REDACTED]'],
    ['a JWT anywhere', `{"x":"eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJhYmMifQ.${SECRET}"}`, '{"x":"[REDACTED]"}'],
    [
      'a PEM private key',
      `-----BEGIN RSA PRIVATE KEY-----\nMIIE${SECRET}\n-----END RSA PRIVATE KEY-----`,
      'PRIVATE KEY-----[REDACTED]-----END',
    ],
  ])('%s', (_name, text, expected) => {
    const redacted = redactBody(text);
    expect(redacted).toContain(expected);
    expect(redacted).not.toContain(SECRET);
  });

  it('leaves ordinary data alone', () => {
    const body = '{"records":[{"Id":"0055g00000AbCdEAAZ","Username":"a@b.com","ONB2__Password__c":null}],"done":true}';
    expect(redactBody(body)).toBe(body);
    const soap = '<readMetadata><type>Profile</type><fullNames>Admin</fullNames></readMetadata>';
    expect(redactBody(soap)).toBe(soap);
  });

  it('masks secret query parameters of a URL and keeps the rest', () => {
    const url = `https://x.my.salesforce.com/services/oauth2/token?grant_type=refresh_token&refresh_token=${SECRET}&client_id=abc`;
    expect(redactUrl(url)).toBe(
      'https://x.my.salesforce.com/services/oauth2/token?grant_type=refresh_token&refresh_token=[REDACTED]&client_id=abc',
    );
    expect(redactUrl(`https://x/frontdoor.jsp?sid=${SESSION}`)).toBe('https://x/frontdoor.jsp?sid=[REDACTED]');
  });

  it('masks credential headers and the session cookie, keeps the others', () => {
    const headers = redactHeaders({
      Authorization: `Bearer ${SESSION}`,
      'X-SFDC-Session': SESSION,
      Cookie: `BrowserId=abc; sid=${SESSION}; other=1`,
      'set-cookie': `sid=${SECRET}; Path=/; Secure`,
      'content-type': 'application/json',
      'sforce-limit-info': 'api-usage=12/15000',
    });
    expect(headers).toEqual({
      Authorization: 'Bearer [REDACTED]',
      'X-SFDC-Session': '[REDACTED]',
      Cookie: 'BrowserId=abc; sid=[REDACTED]; other=1',
      'set-cookie': 'sid=[REDACTED]; Path=/; Secure',
      'content-type': 'application/json',
      'sforce-limit-info': 'api-usage=12/15000',
    });
  });
});
