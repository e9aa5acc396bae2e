import { describe, expect, it } from 'vitest';
import { checkApiVersion, checkInstanceUrl } from '../../src/auth/connect.js';
import { UsageError } from '../../src/errors.js';

describe('checkInstanceUrl', () => {
  it('accepts https and loopback http', () => {
    expect(checkInstanceUrl('https://acme.my.salesforce.com/')).toBe('https://acme.my.salesforce.com');
    expect(checkInstanceUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(checkInstanceUrl('http://localhost:9')).toBe('http://localhost:9');
  });

  it('refuses plain http to anything else, and non-URLs, naming the flag', () => {
    expect(() => checkInstanceUrl('http://acme.my.salesforce.com')).toThrow(
      /--instance-url: 'http:\/\/acme.my.salesforce.com' must use https/,
    );
    expect(() => checkInstanceUrl('acme')).toThrow(UsageError);
  });

  it('checks the API version shape', () => {
    expect(checkApiVersion('62.0')).toBe('62.0');
    expect(() => checkApiVersion('v62')).toThrow(/--api-version/);
  });
});
