/**
 * The org's daily API budget as Salesforce counts it: one call per REST or SOAP request,
 * a whole Composite or sObject Collections request is one call, each queryMore page is one call.
 */
export class ApiUsage {
  used = 0;

  constructor(readonly limit: number) {}

  /** Counts one call; false when the budget is already spent (the request is then refused, uncounted). */
  tryCount(): boolean {
    if (this.used >= this.limit) return false;
    this.used++;
    return true;
  }

  /** The `Sforce-Limit-Info` header value. */
  header(): string {
    return `api-usage=${this.used}/${this.limit}`;
  }
}
