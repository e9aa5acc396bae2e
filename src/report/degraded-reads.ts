import type { DegradedRead } from '@juston-audit/org-snapshot';

/** One line per degraded read, the same words in every human report. */
export function degradedReadLine(degraded: DegradedRead): string {
  const outcome = degraded.recovered ? 'read with a fallback' : 'unreadable; the fallback failed too';
  return `${degraded.read}: ${outcome} (${degraded.fallback || 'no simpler form'}); Salesforce answered ${degraded.message}`;
}
