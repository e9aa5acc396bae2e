type ErrorShape = { errorCode?: string; statusCode?: string; name?: string; message?: string };

/**
 * `CODE: message`; the code is left out when the message already starts with it: SOAP faults repeat it,
 * their faultcode namespaced (`sf:API_DISABLED_FOR_ORG`) and their faultstring not.
 */
export function codeAndMessage(code: string | undefined, message: string): string {
  return code && !message.startsWith(withoutNamespace(code)) ? `${code}: ${message}` : message;
}

export const withoutNamespace = (code: string): string => code.replace(/^sf:/, '');

function describeOne(error: unknown): string {
  const e = (error ?? {}) as ErrorShape;
  const code = e.errorCode ?? e.statusCode ?? (e.name && e.name !== 'Error' ? e.name : undefined);
  const message = e.message ?? (typeof error === 'string' ? error : JSON.stringify(error));
  return codeAndMessage(code, message);
}

/**
 * A Salesforce error in one line: a thrown error (`INVALID_FIELD: No such column …`), a REST error body
 * `[{errorCode, message}]`, collection or Metadata save errors `[{statusCode, message}]`; several are
 * joined with `; `.
 */
export function describeSalesforceError(error: unknown): string {
  const list = (Array.isArray(error) ? error : [error]).filter((e) => e !== undefined && e !== null);
  return list.map(describeOne).join('; ') || 'unknown error';
}
