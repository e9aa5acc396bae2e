/** The Salesforce API version used when --api-version is not given (apart from connect.ts so option parsing loads no jsforce). */
export const DEFAULT_API_VERSION = '62.0';
