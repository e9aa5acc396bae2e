/** The org's daily API usage as Salesforce reports it on every REST answer. */
export interface ApiUsage {
  used: number;
  max: number;
}

/** Parses the `Sforce-Limit-Info` header: `api-usage=25/15000` (other entries may follow). */
export function parseLimitInfo(header: unknown): ApiUsage | undefined {
  const match = typeof header === 'string' ? /(?:^|[\s,])api-usage=(\d+)\/(\d+)/.exec(header) : null;
  return match ? { used: Number(match[1]), max: Number(match[2]) } : undefined;
}
