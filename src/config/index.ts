export { CONFIG_FILE, findConfigFile, loadConfig, type LoadedConfig } from './load.js';
export { validateConfig } from './validate.js';
export { buildConfigSchema } from './schema.js';
export type { AuditConfig, RuleSetting, SeveritySetting, Suppression } from './types.js';
