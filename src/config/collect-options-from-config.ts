import type { CollectOptions } from '../collect/collect-options.js';
import type { AuditConfig } from '../config/types.js';
import type { RequiredComponents } from '../rules/shared/components.js';

/** A rule's options in the config; undefined when the rule is off or has none. */
function optionsOf(config: AuditConfig, ruleId: string): Record<string, unknown> | undefined {
  const setting = config.rules?.[ruleId];
  return typeof setting === 'object' && setting.severity !== 'off' ? setting.options : undefined;
}

/**
 * The collector's options for a config: what the audit must read beyond the fixed JustOn data. Fix
 * verification re-collects with the same options, so the owning rules see the same data as the audit.
 */
export function collectOptionsFor(config: AuditConfig): Partial<CollectOptions> {
  const c = (optionsOf(config, 'access/required-components') ?? {}) as Partial<RequiredComponents>;
  const authorized = (optionsOf(config, 'connected-app/profiles-authorized') ?? {}) as { permissionSets?: string[] };
  const sel = config.justOnUsers ?? {};
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
    usernames: sel.include ?? [],
    authorizedPermissionSets: authorized.permissionSets ?? [],
  };
}
