/** Salesforce's own error code and message from a REST error body `[{errorCode, message}]` or a thrown error. */
export interface Rejection {
  errorCode: string;
  message: string;
}

/** `CODE: message`, as the degraded-read records and unreadable reasons quote it. */
export const describeRejection = (rejection: Rejection): string => `${rejection.errorCode}: ${rejection.message}`;

export function rejectionOf(error: unknown): Rejection {
  const first = (Array.isArray(error) ? error[0] : error) as { errorCode?: unknown; name?: unknown; message?: unknown } | undefined;
  const code = first?.errorCode ?? first?.name;
  return {
    errorCode: typeof code === 'string' ? code : 'UNKNOWN',
    message: typeof first?.message === 'string' ? first.message : JSON.stringify(error),
  };
}

/**
 * Answers that say the org does not support the read as written (REST errorcodes.htm and the SOQL
 * reference's limits on semi-joins and relationship queries), as opposed to access or transport failures.
 */
const UNSUPPORTED_CODES = ['INVALID_FIELD', 'INVALID_TYPE', 'MALFORMED_QUERY', 'INVALID_QUERY_FILTER_OPERATOR'];

export function isUnsupportedRead(rejection: Rejection): boolean {
  return UNSUPPORTED_CODES.includes(rejection.errorCode) || /semi[- ]?join|Implementation restriction/i.test(rejection.message);
}
