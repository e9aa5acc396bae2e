import { SalesforceApiError } from '../api-error.js';

const WSDL = 'Please reference your WSDL or the describe call for the appropriate names.';

export const malformed = (message: string) => new SalesforceApiError('MALFORMED_QUERY', message);

export const unknownObject = (name: string) =>
  new SalesforceApiError(
    'INVALID_TYPE',
    `sObject type '${name}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. ${WSDL}`,
  );

export const unknownField = (field: string, entity: string) =>
  new SalesforceApiError(
    'INVALID_FIELD',
    `No such column '${field}' on entity '${entity}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. ${WSDL}`,
  );

export const unknownRelationship = (rel: string) =>
  new SalesforceApiError(
    'INVALID_FIELD',
    `Didn't understand relationship '${rel}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. ${WSDL}`,
  );

export const unknownChildRelationship = (rel: string) =>
  new SalesforceApiError(
    'INVALID_TYPE',
    `Didn't understand relationship '${rel}' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. ${WSDL}`,
  );

export const badFilter = (message: string) => new SalesforceApiError('INVALID_QUERY_FILTER_OPERATOR', message);
