import type { Snapshot } from '@juston-audit/org-snapshot';
import { type AsyncApexJobRow, indexById, records } from './sobjects.js';

export interface NamespaceJob {
  job: AsyncApexJobRow;
  /** `NS.Class`. */
  className: string;
  /** The class name without namespace. */
  name: string;
}

/** The namespace's Apex jobs with their class (read with the job, through AsyncApexJob.ApexClass). */
export function namespaceJobs(snapshot: Snapshot, namespace: string): NamespaceJob[] {
  const ns = namespace.toLowerCase();
  const classes = indexById(records(snapshot, 'ApexClass'));
  return records(snapshot, 'AsyncApexJob').flatMap((job) => {
    const apexClass = job.ApexClassId ? classes.get(job.ApexClassId) : undefined;
    if (apexClass?.NamespacePrefix?.toLowerCase() !== ns) return [];
    return [{ job, className: `${apexClass.NamespacePrefix}.${apexClass.Name}`, name: apexClass.Name }];
  });
}

/** Milliseconds of a Salesforce datetime (its `+0000` offset has no colon); NaN when there is none. */
export const datetimeMs = (value: string | null): number => (value ? Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')) : NaN);

/** `2026-11-18 03:00 UTC`: a Salesforce datetime for people. */
export function utcMinute(value: string): string {
  const ms = datetimeMs(value);
  return Number.isNaN(ms) ? value : `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
