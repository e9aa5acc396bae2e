import type { OrgData } from '../org-data.js';

export interface OrgInfo {
  name: string;
  isSandbox: boolean;
}

/** The Organization row, with fallbacks when the data layer has none. */
export function organizationInfo(org: OrgData): OrgInfo {
  try {
    const row = org.query('SELECT Name, IsSandbox FROM Organization', { api: 'data' }).records[0];
    return { name: typeof row?.Name === 'string' ? row.Name : 'Emulated Org', isSandbox: row?.IsSandbox === true };
  } catch {
    return { name: 'Emulated Org', isSandbox: false };
  }
}
