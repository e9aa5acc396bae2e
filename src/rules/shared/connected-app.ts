import type { Snapshot } from '@juston-audit/org-snapshot';
import type { RuleContext } from '../types.js';
import { records } from './sobjects.js';

/**
 * JustOn Platform as the org holds it: the connected app of the installation guide, or the same app moved to an
 * External Client App (Salesforce restricts new connected apps from Spring '26 in favour of those).
 */
export type PlatformApp =
  { kind: 'connected-app'; id: string; name: string; adminApproved: boolean } | { kind: 'external-client-app'; id: string; name: string };

/** SetupEntityAccess.SetupEntityType of each kind (ExternalClientApplication from API 60.0). */
export const ENTITY_TYPE = { 'connected-app': 'ConnectedApplication', 'external-client-app': 'ExternalClientApplication' } as const;

/** How messages name each kind. */
export const KIND_LABEL = { 'connected-app': 'connected app', 'external-client-app': 'External Client App' } as const;

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * JustOn Platform by name (case-insensitive): the connected app, else the External Client App with that label;
 * undefined when the org has neither (the platform integration generation). The External Client Apps are
 * required only when there is no connected app, so an org that cannot read them still audits its connected app.
 */
export function findPlatformApp(snapshot: Snapshot, context: RuleContext): PlatformApp | undefined {
  const name = context.connectedAppName;
  const app = records(snapshot, 'ConnectedApplication').find((a) => same(a.Name, name));
  if (app) return { kind: 'connected-app', id: app.Id, name: app.Name, adminApproved: app.OptionsAllowAdminApprovedUsersOnly === true };
  context.require('records.ExternalClientApplication');
  const eca = records(snapshot, 'ExternalClientApplication').find((a) => same(a.MasterLabel, name));
  return eca ? { kind: 'external-client-app', id: eca.Id, name: eca.MasterLabel } : undefined;
}

/** Which integration generation the org is on, and why: every connected-app/* and platform/* reason starts with it. */
export function generationOf(app: PlatformApp | undefined, name: string): string {
  if (app?.kind === 'connected-app') return `Integration generation: connected app (the org has the connected app '${app.name}').`;
  if (app)
    return `Integration generation: connected app, moved to an External Client App (the org has the External Client App '${app.name}').`;
  return (
    `Integration generation: platform integration user, as the current guide sets it up (the org has no connected app ` +
    `or External Client App named '${name}').`
  );
}

/** Why the connected-app rules do not apply on the platform integration generation. */
export const NO_APP_REASON = (name: string): string =>
  `${generationOf(undefined, name)} The connected-app rules do not apply; platform/integration checks that set-up instead.`;

export const PLATFORM_ERROR = 'Platform not available, please contact customer support if the problem persists!';
