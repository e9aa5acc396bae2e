import { describe, expect, it } from 'vitest';
import { describeSalesforceError } from '../../src/org/salesforce-error.js';

describe('describeSalesforceError', () => {
  it('describes a thrown error, a REST error body and save errors alike', () => {
    expect(describeSalesforceError(Object.assign(new Error('No such column'), { errorCode: 'INVALID_FIELD' }))).toBe(
      'INVALID_FIELD: No such column',
    );
    expect(describeSalesforceError([{ errorCode: 'NOT_FOUND', message: 'gone' }])).toBe('NOT_FOUND: gone');
    expect(
      describeSalesforceError([
        { statusCode: 'A', message: 'x' },
        { statusCode: 'B', message: 'y' },
      ]),
    ).toBe('A: x; B: y');
  });

  it('does not repeat a code the message already starts with', () => {
    expect(describeSalesforceError({ errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'REQUEST_LIMIT_EXCEEDED: TotalRequests' })).toBe(
      'REQUEST_LIMIT_EXCEEDED: TotalRequests',
    );
  });

  it('does not repeat the code of a SOAP fault, whose faultcode is namespaced and whose faultstring is not', () => {
    expect(describeSalesforceError({ errorCode: 'sf:API_DISABLED_FOR_ORG', message: 'API_DISABLED_FOR_ORG: API is not enabled' })).toBe(
      'API_DISABLED_FOR_ORG: API is not enabled',
    );
  });

  it('says unknown error when there is nothing to describe', () => {
    expect(describeSalesforceError(undefined)).toBe('unknown error');
    expect(describeSalesforceError([])).toBe('unknown error');
  });
});
