import type { Snapshot } from '@juston-audit/org-snapshot';
import { records, type ConnectedAppRow } from './sobjects.js';

/** The JustOn connected app by name (case-insensitive), or undefined when the org has none. */
export function findConnectedApp(snapshot: Snapshot, name: string): ConnectedAppRow | undefined {
  return records(snapshot, 'ConnectedApplication').find((a) => a.Name.toLowerCase() === name.toLowerCase());
}

export const NO_APP_REASON = (name: string): string =>
  `No connected app named '${name}' exists. Newer JustOn releases integrate through a platform integration ` +
  `user instead (Global Configuration, flow ONB2.Global Configuration); check that set-up instead.`;

export const PLATFORM_ERROR = 'Platform not available, please contact customer support if the problem persists!';
