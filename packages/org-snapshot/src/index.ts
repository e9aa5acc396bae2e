/** The org snapshot: everything the audit knows about one org (format juston-audit.org-snapshot/v1). */
export const SNAPSHOT_FORMAT = 'juston-audit.org-snapshot/v1' as const;

/** One sObject record, fields exactly as Salesforce returns them, without `attributes`. */
export type SObjectRecord = Record<string, unknown> & { Id?: string };

export interface DescribeField {
  name: string;
  type: string;
  permissionable: boolean;
  updateable: boolean;
  calculated: boolean;
  nillable: boolean;
  [key: string]: unknown;
}

export interface DescribeResult {
  name: string;
  fields: DescribeField[];
  [key: string]: unknown;
}

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  capturedAt: string;
  /** Data API records by sObject API name. */
  records: Record<string, SObjectRecord[]>;
  /** Tooling API records by sObject API name. */
  tooling: Record<string, SObjectRecord[]>;
  /** Metadata API type → full name → the object readMetadata returns. */
  metadata: Record<string, Record<string, Record<string, unknown>>>;
  /** sObject name → describe result; an sObject absent here does not exist in the org. */
  describe: Record<string, DescribeResult>;
  /** What could not be read, e.g. "records.SetupEntityAccess" → "INSUFFICIENT_ACCESS: …". */
  unreadable?: Record<string, string>;
  /** Reads the org refused as written and that were retried in a simpler form; absent when none. */
  degraded?: DegradedRead[];
}

/** One read the org refused as written, the simpler form it was retried in, and Salesforce's answer. */
export interface DegradedRead {
  /** The read's id in the collector's plan, e.g. `licensedUsers`. */
  read: string;
  /** The fallback used, e.g. "semi-join into UserPackageLicense replaced by an Id read and IN lists". */
  fallback: string;
  /** Salesforce's own `CODE: message` for the refused read. */
  message: string;
  /** Whether the fallback read the data; when false the data is unreadable. */
  recovered: boolean;
}

/** A key naming one piece of snapshot data, e.g. `records.User`, `metadata.MobileSettings`, `describe.Task`. */
export type SnapshotKey = `${'records' | 'tooling' | 'metadata' | 'describe'}.${string}`;

export function emptySnapshot(capturedAt = new Date().toISOString()): Snapshot {
  return { format: SNAPSHOT_FORMAT, capturedAt, records: {}, tooling: {}, metadata: {}, describe: {} };
}
