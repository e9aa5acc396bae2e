import type { CollectOptions } from '../collect/collect-options.js';
import type { AuditConfig } from '../config/types.js';
import type { RequiredComponents } from '../rules/shared/components.js';
import { DEFAULT_REQUIRED_SETTINGS, settingRef } from '../rules/shared/required-settings.js';

/** A rule's options from the config, or undefined when the rule is off. */
function ruleOptions(config: AuditConfig, id: string): Record<string, unknown> | undefined {
  const setting = config.rules?.[id];
  if (setting === 'off' || (typeof setting === 'object' && setting.severity === 'off')) return undefined;
  return (typeof setting === 'object' ? setting.options : undefined) ?? {};
}

/** The settings components org/salesforce-features reads, and whether it needs Account's describe. */
function featureReads(config: AuditConfig): Pick<CollectOptions, 'settings' | 'stateAndCountryPicklists'> {
  const options = ruleOptions(config, 'org/salesforce-features');
  if (!options) return { settings: [], stateAndCountryPicklists: false };
  const names = (options.requiredSettings as string[] | undefined) ?? DEFAULT_REQUIRED_SETTINGS;
  const picklists = options.stateAndCountryPicklists === true;
  return {
    settings: [...new Set([...names.map((name) => settingRef(name).component), ...(picklists ? ['Address'] : [])])],
    stateAndCountryPicklists: picklists,
  };
}

/**
 * The collector's options for a config: what the audit must read beyond the fixed JustOn data. Fix
 * verification re-collects with the same options, so the owning rules see the same data as the audit.
 */
export function collectOptionsFor(config: AuditConfig): Partial<CollectOptions> {
  const setting = config.rules?.['access/required-components'];
  const enabled = typeof setting === 'object' && setting.severity !== 'off';
  const c = ((enabled ? setting.options : undefined) ?? {}) as Partial<RequiredComponents>;
  const sel = config.justOnUsers ?? {};
  const authorized = (ruleOptions(config, 'connected-app/profiles-authorized') ?? {}) as { permissionSets?: string[] };
  const days = ruleOptions(config, 'jobs/failures')?.days;
  return {
    ...(config.namespace ? { namespace: config.namespace } : {}),
    ...(config.connectedAppName ? { connectedAppName: config.connectedAppName } : {}),
    objects: (c.objects ?? []).map((o) => o.name),
    fields: (c.fields ?? []).map((f) => f.name),
    apexClasses: c.apexClasses ?? [],
    visualforcePages: c.visualforcePages ?? [],
    tabs: c.tabs ?? [],
    userProfiles: sel.profiles ?? [],
    userPermissionSets: sel.permissionSets ?? [],
    usernames: [...new Set([...(sel.include ?? []), ...(config.platformIntegrationUser ? [config.platformIntegrationUser] : [])])],
    ...featureReads(config),
    systemAdministratorProfile:
      (ruleOptions(config, 'platform/integration')?.systemAdministratorProfile as string | undefined) ?? 'System Administrator',
    authorizedPermissionSets: authorized.permissionSets ?? [],
    ...(typeof days === 'number' ? { jobFailureDays: days } : {}),
  };
}
