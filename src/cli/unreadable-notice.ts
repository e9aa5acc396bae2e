import type { Snapshot } from '@juston-audit/org-snapshot';
import { redactSecrets } from '../support/redact-secrets.js';

/**
 * One stderr line when reads failed, so a run that ends incomplete (exit 3) says why even beside a JSON
 * or SARIF report: how many pieces of data could not be read, and the first with its reason (which names
 * the endpoint and what came back). Nothing when everything was read.
 */
export function unreadableNotice(snapshot: Snapshot, org?: string): string | undefined {
  const entries = Object.entries(snapshot.unreadable ?? {});
  if (!entries.length) return undefined;
  const [key, reason] = entries[0];
  const more = entries.length > 1 ? ` (and ${entries.length - 1} more)` : '';
  const line = `${org ? `${org}: ` : ''}could not read ${key}${more}: ${reason}; the rules that need it are inconclusive`;
  return `juston-audit: ${redactSecrets(line.replace(/\s*\n\s*/g, ' '))}\n`;
}
