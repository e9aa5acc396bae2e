import type { CollectOptions } from '../collect/collect-options.js';
import type { AuditConfig } from '../config/types.js';
import type { RequiredComponents } from '../rules/shared/components.js';

/**
 * The collector's options for a config: what the audit must read beyond the fixed JustOn data. Fix
 * verification re-collects with the same options, so the owning rules see the same data as the audit.
 */
export function collectOptionsFor(config: AuditConfig): Partial<CollectOptions> {
  const setting = config.rules?.['access/required-components'];
  const enabled = typeof setting === 'object' && setting.severity !== 'off';
  const c = ((enabled ? setting.options : undefined) ?? {}) as Partial<RequiredComponents>;
  const sel = config.justOnUsers ?? {};
  const failures = config.rules?.['jobs/failures'];
  const days = typeof failures === 'object' ? failures.options?.days : undefined;
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
    ...(typeof days === 'number' ? { jobFailureDays: days } : {}),
  };
}
