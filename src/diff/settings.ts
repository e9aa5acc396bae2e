import type { Snapshot } from '@juston-audit/org-snapshot';
import { records } from '../rules/shared/sobjects.js';
import { keyedChanges } from './keyed-changes.js';
import type { DiffSection } from './types.js';

/** The Metadata API settings the rules read: browser caching (MobileSettings) and Salesforce CRM Content. */
const SETTINGS_TYPES = ['MobileSettings', 'ContentSettings'] as const;

/** `MobileSettings.enableS1EncryptedStoragePref2` → `false`, for every top-level field of the settings. */
function settingValues(snapshot: Snapshot): Map<string, string> {
  const values = new Map<string, string>();
  for (const type of SETTINGS_TYPES) {
    for (const settings of Object.values(snapshot.metadata[type] ?? {})) {
      for (const [field, value] of Object.entries(settings)) {
        if (field !== 'fullName') values.set(`${type}.${field}`, JSON.stringify(value));
      }
    }
  }
  return values;
}

/** Who may use each connected app or external client app: its admin-approved-users policy. */
function connectedAppPolicies(snapshot: Snapshot): Map<string, string> {
  const apps = records(snapshot, 'ConnectedApplication').map(
    (app) => [`connected app '${app.Name}' admin-approved users only`, String(app.OptionsAllowAdminApprovedUsersOnly)] as const,
  );
  const external = new Map(records(snapshot, 'ExternalClientApplication').map((app) => [app.Id, app.DeveloperName]));
  const policies = records(snapshot, 'ExtlClntAppOauthPlcyCnfg').map(
    (p) =>
      [
        `external client app '${external.get(p.ExternalClientApplicationId) ?? p.ExternalClientApplicationId}' permitted users`,
        p.PermittedUsersPolicyType,
      ] as const,
  );
  return new Map([...apps, ...policies]);
}

export const settingsSection = (before: Snapshot, after: Snapshot): DiffSection => ({
  id: 'settings',
  title: 'Settings',
  changes: keyedChanges(
    new Map([...settingValues(before), ...connectedAppPolicies(before)]),
    new Map([...settingValues(after), ...connectedAppPolicies(after)]),
  ),
});
