import type { CollectOptions } from '../collect/collect-options.js';
import type { AuditConfig } from '../config/types.js';

interface RequiredComponentsSetting {
  objects?: Array<{ name: string }>;
  fields?: Array<{ name: string }>;
  apexClasses?: string[];
  visualforcePages?: string[];
  tabs?: string[];
}

/** What the config asks the collector to read beyond the fixed JustOn data. */
export function collectOptionsFromConfig(config: AuditConfig): Partial<CollectOptions> {
  const setting = config.rules?.['access/required-components'];
  const required = (typeof setting === 'object' && setting.severity !== 'off' ? setting.options ?? {} : {}) as RequiredComponentsSetting;
  return {
    ...(config.namespace ? { namespace: config.namespace } : {}),
    ...(config.connectedAppName ? { connectedAppName: config.connectedAppName } : {}),
    objects: (required.objects ?? []).map((object) => object.name),
    fields: (required.fields ?? []).map((field) => field.name),
    apexClasses: required.apexClasses ?? [],
    visualforcePages: required.visualforcePages ?? [],
    tabs: required.tabs ?? [],
    userProfiles: config.justOnUsers?.profiles ?? [],
    userPermissionSets: config.justOnUsers?.permissionSets ?? [],
    usernames: config.justOnUsers?.include ?? [],
  };
}
