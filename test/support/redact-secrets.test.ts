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
});
