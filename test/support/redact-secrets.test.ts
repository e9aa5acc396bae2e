import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/support/redact-secrets.js';

describe('redactSecrets', () => {
  it('masks session ids and bearer tokens but keeps the rest of the message', () => {
    const text = 'refused 00D5g0000000001!AQ0AQFake.Token_x for Authorization: Bearer abc.def';
    const out = redactSecrets(text);
    expect(out).not.toContain('AQ0AQFake');
    expect(out).not.toContain('abc.def');
    expect(out).toContain('refused 00D…![REDACTED] for Authorization: Bearer [REDACTED]');
  });

  it.each([
    ['Authorization: Bearer eyJhbGciOiJSUzI1NiJ9', 'Authorization: Bearer [REDACTED]'],
    ['bearer abcdefghijklmnopqrstuvwxyz', 'bearer [REDACTED]'],
    ['"Bearer s3cret"', '"Bearer [REDACTED]"'],
    ['Bearer tok_en, then', 'Bearer [REDACTED], then'],
  ])('masks the credential in %s', (text, expected) => {
    expect(redactSecrets(text)).toBe(expected);
  });

  it.each(['log in with the JWT bearer flow.', 'the bearer token is missing', 'Bearer flow: use --jwt-key-file'])(
    'keeps ordinary words: %s',
    (text) => {
      expect(redactSecrets(text)).toBe(text);
    },
  );
});
