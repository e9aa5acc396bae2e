/**
 * An error the emulated org answers with, shaped like Salesforce's REST error body
 * `[{"message","errorCode","fields"}]` with the HTTP status Salesforce uses for it.
 */
export class SalesforceApiError extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
    readonly status = 400,
    readonly fields: string[] = [],
  ) {
    super(message);
    this.name = 'SalesforceApiError';
  }

  toBody(): Array<{ message: string; errorCode: string; fields: string[] }> {
    return [{ message: this.message, errorCode: this.errorCode, fields: this.fields }];
  }
}
